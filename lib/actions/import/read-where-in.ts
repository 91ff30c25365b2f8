import { dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";

/**
 * `column IN (keys)` with the keys as one JSON parameter: one statement for a hundred thousand keys, where an IN list
 * of placeholders needs hundreds of statements, each compiled afresh by Prisma (about 130 ms a chunk of 500).
 */
export function inJsonList(column: Prisma.Sql, keys: readonly (string | number)[], type: "text" | "integer"): Prisma.Sql {
  const json = JSON.stringify(keys);
  if (dialect === "postgres") {
    return type === "integer"
      ? Prisma.sql`${column} IN (SELECT CAST(value AS integer) FROM json_array_elements_text(CAST(${json} AS json)))`
      : Prisma.sql`${column} IN (SELECT value FROM json_array_elements_text(CAST(${json} AS json)))`;
  }
  return Prisma.sql`${column} IN (SELECT value FROM json_each(${json}))`;
}

/**
 * Events whose `column` (slug, external_id or id) is one of `keys`, with the columns `select` names. Inside a
 * transaction, pass it (`tx`) to see what the transaction itself has written.
 */
export async function eventsWhereIn<T>(select: Prisma.Sql, column: KeyColumn, keys: readonly (string | number)[], tx?: Prisma.TransactionClient): Promise<T[]> {
  if (keys.length === 0) return [];
  const query = eventsWhereInSql(select, column, keys);
  return tx ? tx.$queryRaw<T[]>(query) : readSql<T[]>(query);
}

type KeyColumn = "slug" | "external_id" | "id";

/** eventsWhereIn's statement. */
export function eventsWhereInSql(select: Prisma.Sql, column: KeyColumn, keys: readonly (string | number)[]): Prisma.Sql {
  return Prisma.sql`SELECT ${select} FROM events WHERE ${inJsonList(Prisma.raw(column), keys, column === "id" ? "integer" : "text")}`;
}
