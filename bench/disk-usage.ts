import { openRawDb, type RawDb } from "./raw-driver";

/** One table's bytes on disk with its indexes (and, for the search index, its shadow tables). */
export interface TableDisk {
  table: string;
  bytes: number;
}

/** SQLite: every page by the table it belongs to (dbstat), an index counted with its table, FTS5's shadow tables with it. */
async function sqliteTables(raw: RawDb): Promise<TableDisk[]> {
  const rows = await raw.all<{ owner: string; bytes: number }>(`
    SELECT COALESCE(m.tbl_name, d.name) AS owner, SUM(d.pgsize) AS bytes
    FROM dbstat d LEFT JOIN sqlite_master m ON m.name = d.name
    GROUP BY owner`);
  const byTable = new Map<string, number>();
  for (const row of rows) {
    const table = row.owner.startsWith("event_search_") ? "event_search" : row.owner;
    byTable.set(table, (byTable.get(table) ?? 0) + Number(row.bytes));
  }
  return [...byTable].map(([table, bytes]) => ({ table, bytes }));
}

/** PostgreSQL: each table's total relation size (heap, indexes, TOAST). */
async function postgresTables(raw: RawDb): Promise<TableDisk[]> {
  const rows = await raw.all<{ table: string; bytes: string }>(`
    SELECT c.relname AS table, pg_total_relation_size(c.oid) AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname = 'public'`);
  return rows.map((row) => ({ table: row.table, bytes: Number(row.bytes) }));
}

/** The database's tables by size, largest first. */
export async function measureDisk(url: string): Promise<TableDisk[]> {
  const raw = openRawDb(url);
  try {
    const tables = raw.kind === "sqlite" ? await sqliteTables(raw) : await postgresTables(raw);
    return tables.filter((table) => table.bytes > 0).sort((a, b) => b.bytes - a.bytes);
  } finally {
    await raw.close();
  }
}
