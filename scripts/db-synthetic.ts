/**
 * Fills the configured database with synthetic events:
 *   npm run db:synthetic -- --events 1000000 [--seed 42] [--batch 5000]
 * Deterministic for a seed; adds to what is there (ids continue after the highest one).
 */
import { parseArgs } from "node:util";
import { resolveDatabaseConfig } from "../lib/db/database-config";
import { generateEvents, type SyntheticEvent } from "../lib/synthetic/generate-events";
import { generateTaxonomy } from "../lib/synthetic/generate-taxonomy";
import { createPostgresWriter } from "./synthetic/postgres-writer";
import { createSqliteWriter } from "./synthetic/sqlite-writer";

async function main() {
  const { values } = parseArgs({ options: { events: { type: "string", default: "10000" }, seed: { type: "string", default: "42" }, batch: { type: "string", default: "5000" } } });
  const count = Number(values.events);
  const seed = Number(values.seed);
  const batchSize = Number(values.batch);
  if (!Number.isInteger(count) || count < 1) throw new Error("--events must be a positive whole number.");
  if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number.");

  const config = resolveDatabaseConfig();
  const writer = config.provider === "postgres" ? createPostgresWriter(config.url) : createSqliteWriter(config.file);
  const started = performance.now();
  const taxonomy = generateTaxonomy(seed);
  const ids = await writer.upsertTaxonomy(taxonomy);
  const firstId = await writer.nextEventId();
  let batch: SyntheticEvent[] = [];
  let written = 0;
  for (const event of generateEvents({ count, seed, firstId, taxonomy })) {
    batch.push(event);
    if (batch.length === batchSize) {
      await writer.writeBatch(batch, ids);
      written += batch.length;
      batch = [];
      if (written % (batchSize * 20) === 0) console.log(`${written.toLocaleString("en")} events…`);
    }
  }
  if (batch.length) await writer.writeBatch(batch, ids);
  await writer.finish();
  const seconds = (performance.now() - started) / 1000;
  console.log(`Added ${count.toLocaleString("en")} synthetic events (ids ${firstId}–${firstId + count - 1}) in ${seconds.toFixed(1)} s.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
