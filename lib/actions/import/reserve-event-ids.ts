import { dialect, type Prisma } from "@/lib/db/client";
import { transactionConnection } from "@/lib/db/transaction-connection";

/**
 * Takes `count` ids for new events before they are written, as the events' own inserts would take them: PostgreSQL
 * from the table's sequence, SQLite by moving on its AUTOINCREMENT counter (sqlite_sequence), which an insert by
 * anyone else then starts after. Knowing its ids, an import builds every statement of a chunk (its sources, links,
 * search documents, revisions) while the chunk before it is written, and the database never waits for Node between
 * them. An id taken and rolled back is a gap, as after any failed insert.
 */
export async function reserveEventIds(tx: Prisma.TransactionClient, count: number): Promise<number[]> {
  if (count === 0) return [];
  const direct = await transactionConnection(tx);
  const query = <T>(sql: string, values: unknown[]) => (direct ? direct<T>(sql, values) : tx.$queryRawUnsafe<T[]>(sql, ...values));
  if (dialect === "postgres") {
    const [row] = await query<{ ids: number[] }>("SELECT array_agg(nextval(pg_get_serial_sequence('events', 'id'))::int ORDER BY n) AS ids FROM generate_series(1, $1::int) AS n", [count]);
    return row!.ids;
  }
  // The counter never trails the largest id (an insert with its own id moves it on), but a database copied without
  // sqlite_sequence's row would start over: the larger of the two counts.
  await query("INSERT INTO sqlite_sequence (name, seq) SELECT 'events', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'events')", []);
  const [row] = await query<{ seq: number | bigint }>(
    "UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(id) FROM events), 0)) + ? WHERE name = 'events' RETURNING seq",
    [count],
  );
  const last = Number(row!.seq);
  return Array.from({ length: count }, (_, index) => last - count + 1 + index);
}
