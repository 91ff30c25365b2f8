/**
 * Prints the database's bytes on disk by table (with indexes) and per event, as the bench reports them:
 *   DATABASE_URL=file:.data/bench/sqlite-1000000.db npx tsx scripts/disk-usage.ts
 */
import { measureDisk } from "../bench/disk-usage";
import { openRawDb } from "../bench/raw-driver";

async function main() {
  const url = process.env.DATABASE_URL!;
  const raw = openRawDb(url);
  const n = (await raw.all<{ n: number }>("SELECT COUNT(*) AS n FROM events"))[0]?.n ?? 0;
  await raw.close();
  const tables = await measureDisk(url);
  const total = tables.reduce((sum, table) => sum + table.bytes, 0);
  console.log(`${(total / 1e6).toFixed(0)} MB for ${Number(n).toLocaleString("en")} events: ${Math.round(total / Number(n))} bytes per event`);
  for (const table of tables) console.log(`${table.table.padEnd(28)} ${(table.bytes / 1e6).toFixed(1).padStart(9)} MB ${String(Math.round(table.bytes / Number(n))).padStart(7)} B/event`);
}

main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
