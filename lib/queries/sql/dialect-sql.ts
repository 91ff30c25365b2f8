import { dialect, Prisma } from "@/lib/db/client";
import { dayOf, floorDiv, monthIndexOfDay } from "@/lib/db/count-period-sql";

/** The few places where SQLite and PostgreSQL spell things differently (full-text search: lib/queries/search). */

export type BucketInterval = "month" | "quarter" | "year";

/**
 * The running number of the UTC month, quarter or year holding `msColumn` (a column name), as bucketIndexOfTime in
 * lib/charts/bucket-keys.ts numbers them. The years 1–9999 go through the date functions once; years before the common
 * era through the count tables' period arithmetic, which moves them into the years the date functions know.
 */
export function calendarBucketIndexSql(msColumn: string, interval: BucketInterval): Prisma.Sql {
  const commonEra = dialect === "postgres" ? postgresCommonEraIndex(msColumn, interval) : sqliteCommonEraIndex(msColumn, interval);
  const month = monthIndexOfDay(dayOf(msColumn, dialect), dialect);
  const anyYear = interval === "month" ? month : floorDiv(`(${month})`, interval === "quarter" ? 3 : 12);
  return Prisma.raw(`(CASE WHEN ${msColumn} >= ${YEAR_1_MS} AND ${msColumn} < ${YEAR_10000_MS} THEN ${commonEra} ELSE ${anyYear} END)`);
}

const YEAR_1_MS = new Date(0).setUTCFullYear(1, 0, 1);
const YEAR_10000_MS = new Date(0).setUTCFullYear(10000, 0, 1);

function postgresCommonEraIndex(msColumn: string, interval: BucketInterval): string {
  const ts = `(to_timestamp(${msColumn} / 1000.0) AT TIME ZONE 'UTC')`;
  const year = `extract(year FROM ${ts})`;
  if (interval === "month") return `(${year} * 12 + extract(month FROM ${ts}) - 1)::integer`;
  if (interval === "quarter") return `(${year} * 4 + extract(quarter FROM ${ts}) - 1)::integer`;
  return `${year}::integer`;
}

function sqliteCommonEraIndex(msColumn: string, interval: BucketInterval): string {
  const seconds = `CAST(${msColumn} / 1000 AS INTEGER), 'unixepoch'`;
  if (interval === "year") return `CAST(strftime('%Y', ${seconds}) AS INTEGER)`;
  const ym = `CAST(strftime('%Y%m', ${seconds}) AS INTEGER)`;
  return interval === "month" ? `(${ym} / 100 * 12 + ${ym} % 100 - 1)` : `(${ym} / 100 * 4 + (${ym} % 100 - 1) / 3)`;
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
