/**
 * Rebuilds event_counts of the configured database from its events and links:
 *   npx tsx scripts/rebuild-event-counts.ts
 * The synthetic loader does this itself at the end; run it after a load that was interrupted (its batches are
 * stored, but not counted) or after any bulk write made with the event_counts triggers switched off.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabaseConfig } from "../lib/db/database-config";
import { rebuildEventCountsSql } from "../lib/db/event-counts-sql";
import { RELOAD_EVERYTHING_SQL } from "../lib/db/event-changes-sql";

async function main() {
  const config = resolveDatabaseConfig();
  const started = performance.now();
  if (config.provider === "sqlite") {
    const db = new Database(config.file);
    db.transaction(() => {
      for (const statement of rebuildEventCountsSql("sqlite")) db.exec(statement);
      for (const statement of RELOAD_EVERYTHING_SQL) db.exec(statement);
    })();
    db.close();
  } else {
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      for (const statement of rebuildEventCountsSql("postgres")) await client.query(statement);
      for (const statement of RELOAD_EVERYTHING_SQL) await client.query(statement);
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
  }
  console.log(`Rebuilt event_counts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
