import { dialect, Prisma } from "@/lib/db/client";

/** The few places where SQLite and PostgreSQL spell things differently (full-text search: lib/queries/search). */

export type BucketInterval = "month" | "quarter" | "year";

/** A sortable text key ("2025-06", "2025-Q2", "2025") for the UTC period holding `msColumn`. */
export function periodKey(msColumn: Prisma.Sql, interval: BucketInterval): Prisma.Sql {
  if (dialect === "postgres") {
    const ts = Prisma.sql`(to_timestamp(${msColumn} / 1000.0) AT TIME ZONE 'UTC')`;
    if (interval === "month") return Prisma.sql`to_char(${ts}, 'YYYY-MM')`;
    if (interval === "quarter") return Prisma.sql`to_char(${ts}, 'YYYY-"Q"Q')`;
    return Prisma.sql`to_char(${ts}, 'YYYY')`;
  }
  const seconds = Prisma.sql`CAST(${msColumn} / 1000 AS INTEGER), 'unixepoch'`;
  if (interval === "month") return Prisma.sql`strftime('%Y-%m', ${seconds})`;
  if (interval === "quarter") {
    return Prisma.sql`(strftime('%Y', ${seconds}) || '-Q' || ((CAST(strftime('%m', ${seconds}) AS INTEGER) + 2) / 3))`;
  }
  return Prisma.sql`strftime('%Y', ${seconds})`;
}

/** The UTC day number (days since the epoch, floored) of a ms column. */
export function dayIndexSql(msColumn: Prisma.Sql): Prisma.Sql {
  return dialect === "postgres" ? Prisma.sql`CAST(FLOOR(${msColumn} / 86400000) AS BIGINT)` : Prisma.sql`CAST(floor(${msColumn} / 86400000.0) AS INTEGER)`;
}

/** Raw COUNT(*) comes back as bigint on both drivers. */
export function toNumber(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : Number(value ?? 0);
}

/**
 * A LEFT JOIN of each row to the links packed in one of its event_link_days columns, one row per link as
 * `alias.value` (text), or a single row with a null value when there is none: JSON on SQLite, text[] on PostgreSQL.
 */
export function unpackLinksSql(packed: Prisma.Sql, alias: string): Prisma.Sql {
  const name = Prisma.raw(alias);
  return dialect === "postgres" ? Prisma.sql`LEFT JOIN LATERAL unnest(${packed}) ${name}(value) ON true` : Prisma.sql`LEFT JOIN json_each(${packed}) ${name}`;
}

/**
 * The packed links of a group's event_link_days rows as one text, lists separated by ";" and members by ",":
 * '["1","2"];[]' on SQLite (its JSON as stored), '1,2;' on PostgreSQL (array_to_json would add a large share to the
 * query: BENCHMARKS.md, “Figures: timeline lanes”). visitPackedMembers reads both.
 */
export function concatPackedLinksSql(packed: Prisma.Sql): Prisma.Sql {
  return dialect === "postgres" ? Prisma.sql`string_agg(array_to_string(${packed}, ','), ';')` : Prisma.sql`group_concat(${packed}, ';')`;
}
