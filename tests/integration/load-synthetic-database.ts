import { resolveDatabaseConfig } from "@/lib/db/database-config";
import { generateEvents, type SyntheticEvent } from "@/lib/synthetic/generate-events";
import { generateTaxonomy } from "@/lib/synthetic/generate-taxonomy";
import { createPostgresWriter } from "../../scripts/synthetic/postgres-writer";
import { createSqliteWriter } from "../../scripts/synthetic/sqlite-writer";
import { createDatabase } from "../support/test-database";

/**
 * Creates the database at `url` and fills it through the synthetic loader, in two batches (so the second
 * batch meets the first one's rows), with the count and search triggers off as the loader runs them.
 */
export async function loadSyntheticDatabase(url: string, { seed, count, firstBatch }: { seed: number; count: number; firstBatch: number }): Promise<SyntheticEvent[]> {
  await createDatabase(url);
  const config = resolveDatabaseConfig(url);
  const writer = config.provider === "sqlite" ? createSqliteWriter(config.file) : createPostgresWriter(config.url);
  const taxonomy = generateTaxonomy(seed, 40);
  const ids = await writer.upsertTaxonomy(taxonomy);
  const events = [...generateEvents({ count, seed, firstId: await writer.nextEventId(), taxonomy })];
  await writer.writeBatch(events.slice(0, firstBatch), ids);
  await writer.writeBatch(events.slice(firstBatch), ids);
  await writer.finish();
  return events;
}
