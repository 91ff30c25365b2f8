import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/database-config";
import { eventsWhereInSql } from "@/lib/actions/import/read-where-in";

const config = resolveDatabaseConfig();
const sqliteFile = config.provider === "sqlite" ? config.file : null;

/** SQLite's plan for `sql`, one line per step. */
function planOf(connection: Database.Database, query: Prisma.Sql): string {
  return connection
    .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(...(query.values as never[]))
    .map((step) => (step as { detail: string }).detail)
    .join("\n");
}

// PostgreSQL keeps the share of NULLs apart in its statistics (null_frac); SQLite counts them as one shared value.
describe.runIf(sqliteFile !== null)("SQLite's plans for an import's lookups in a database of typed-in events", () => {
  it("search an index for a chunk's external ids and a batch's events, after ANALYZE has seen mostly NULLs", () => {
    const connection = new Database(sqliteFile!);
    try {
      connection.exec("BEGIN");
      // A database where most events were typed in: no external id, no batch (as at a million synthetic events).
      connection.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
        INSERT INTO events (slug, title, start_value, start_precision, end_precision, approximate, earliest, latest, importance, status, created_at, updated_at, version)
        SELECT 'plan-probe-' || i, 'Plan probe ' || i, '2020', 'year', 'none', 0, 0, 1, 3, 'draft', '2026-12-07T00:00:00Z', '2026-12-07T00:00:00Z', 1 FROM n`);
      connection.exec("ANALYZE");

      const byExternalId = planOf(connection, eventsWhereInSql(Prisma.sql`id, slug`, "external_id", ["row-1", "row-2"]));
      expect(byExternalId).toMatch(/SEARCH events USING (COVERING )?INDEX \w+ \(external_id=\?\)/);
      expect(byExternalId).not.toMatch(/SCAN events/);

      // A batch's events, a page at a time by id (lib/queries/imports/list-import-batches.ts).
      const batchPage = planOf(connection, Prisma.sql`SELECT id FROM events WHERE import_batch_id = ${7} AND id > ${0} ORDER BY id LIMIT 100`);
      expect(batchPage).toMatch(/SEARCH events USING (COVERING )?INDEX \w+ \(import_batch_id=\?/);
    } finally {
      // The statistics and the rows go with the transaction: the other tests' database is as it was.
      connection.exec("ROLLBACK");
      connection.close();
    }
  });
});
