import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";

/** Every table an import writes, with what it derives. */
export const IMPORTED_TABLES = ["events", "sources", "event_topics", "event_actors", "event_countries", "event_relations", "event_revisions", "audit_entries", "import_batches", "topics", "actors", "event_counts", "event_pair_counts", "event_link_days"] as const;

/** Every row of each table as sorted JSON lines, hashed: equal digests mean equal contents. */
export async function tableDigest(tables: readonly string[] = IMPORTED_TABLES, query: (sql: string) => Promise<Record<string, unknown>[]> = (sql) => db.$queryRawUnsafe(sql)): Promise<Record<string, { rows: number; hash: string }>> {
  const digest: Record<string, { rows: number; hash: string }> = {};
  for (const table of tables) {
    const rows = await query(`SELECT * FROM ${table}`);
    const lines = rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))).sort();
    digest[table] = { rows: lines.length, hash: createHash("sha256").update(lines.join("\n")).digest("hex") };
  }
  return digest;
}
