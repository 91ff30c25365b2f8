import { dialect, Prisma } from "@/lib/db/client";
import { COMMON_ERA_DAYS, dayOf, floorDiv, monthIndexOfDay } from "@/lib/db/count-period-sql";
import { bucketKeyFromIndex } from "@/lib/charts/bucket-keys";

/** The few places where SQLite and PostgreSQL spell things differently (full-text search: lib/queries/search). */

export type BucketInterval = "month" | "quarter" | "year";

/**
 * A number for the UTC month, quarter or year holding `msColumn` (a column name), cheap to group by and in time order;
 * bucketKeyOfCode turns it into a bucket key. In the years 1–9999 it is what one call of the date functions gives
 * (202506 for June 2025, 20252 for Q2 2025, 2025); before the common era it is the running bucket number of
 * bucketIndexOfTime (lib/charts/bucket-keys.ts; -514 for March 44 BCE), counted by the count tables' period
 * arithmetic, which moves the years into those the date functions know. Every such number is below the first
 * common-era one, so the two never meet.
 */
export function calendarBucketSql(msColumn: string, interval: BucketInterval): Prisma.Sql {
  const commonEra = dialect === "postgres" ? postgresCommonEraCode(msColumn, interval) : sqliteCommonEraCode(msColumn, interval);
  const month = monthIndexOfDay(dayOf(msColumn, dialect), dialect);
  const beforeYear1 = interval === "month" ? month : floorDiv(`(${month})`, interval === "quarter" ? 3 : 12);
  const [first, end] = [COMMON_ERA_DAYS.first * 86_400_000, COMMON_ERA_DAYS.end * 86_400_000];
  return Prisma.raw(`(CASE WHEN ${msColumn} >= ${first} AND ${msColumn} < ${end} THEN ${commonEra} ELSE ${beforeYear1} END)`);
}

/** The first common-era code of each interval: January 1 (101), Q1 1 (11), the year 1. */
const FIRST_COMMON_ERA_CODE: Record<BucketInterval, number> = { month: 101, quarter: 11, year: 1 };

/** The bucket key ("2025-06", "2025-Q2", "-0043-03") of a calendarBucketSql number. */
export function bucketKeyOfCode(code: number, interval: BucketInterval): string {
  if (code < FIRST_COMMON_ERA_CODE[interval]) return bucketKeyFromIndex(code, interval);
  if (interval === "month") return bucketKeyFromIndex(Math.floor(code / 100) * 12 + (code % 100) - 1, interval);
  if (interval === "quarter") return bucketKeyFromIndex(Math.floor(code / 10) * 4 + (code % 10) - 1, interval);
  return bucketKeyFromIndex(code, interval);
}

function postgresCommonEraCode(msColumn: string, interval: BucketInterval): string {
  const format = interval === "month" ? "YYYYMM" : interval === "quarter" ? "YYYYQ" : "YYYY";
  return `to_char(to_timestamp(${msColumn} / 1000.0) AT TIME ZONE 'UTC', '${format}')::integer`;
}

function sqliteCommonEraCode(msColumn: string, interval: BucketInterval): string {
  const seconds = `CAST(${msColumn} / 1000 AS INTEGER), 'unixepoch'`;
  if (interval === "month") return `CAST(strftime('%Y%m', ${seconds}) AS INTEGER)`;
  if (interval === "year") return `CAST(strftime('%Y', ${seconds}) AS INTEGER)`;
  return `(CAST(strftime('%Y', ${seconds}) AS INTEGER) * 10 + (CAST(strftime('%m', ${seconds}) AS INTEGER) + 2) / 3)`;
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
