import { dialect, Prisma } from "@/lib/db/client";

/**
 * The index of the density bucket holding `msColumn`, for buckets `width` ms wide from `origin`;
 * values before the origin (unknown starts at DATE_MIN included) fall into bucket 0.
 */
export function bucketIndexSql(msColumn: Prisma.Sql, origin: number, width: number): Prisma.Sql {
  const offset = Prisma.sql`(${msColumn} - ${origin}) / ${width}`;
  // PostgreSQL's CAST rounds, SQLite's truncates; offsets here are never negative, so truncation is floor.
  const index = dialect === "postgres" ? Prisma.sql`CAST(FLOOR(${offset}) AS BIGINT)` : Prisma.sql`CAST(${offset} AS INTEGER)`;
  return Prisma.sql`CASE WHEN ${msColumn} < ${origin} THEN 0 ELSE ${index} END`;
}
