import { floorMod, parsePartialDate, partialDateSpan, signedYear, type PartialDate } from "@/lib/dates/partial-date";

/** Mirrors BucketInterval in lib/queries/sql/dialect-sql.ts, without importing the database layer. */
export const BUCKET_INTERVALS = ["month", "quarter", "year"] as const;
export type BucketInterval = (typeof BUCKET_INTERVALS)[number];

const UNITS_PER_YEAR: Record<BucketInterval, number> = { month: 12, quarter: 4, year: 1 };

/**
 * Bucket keys ("2025-06", "2025-Q3", "2025", "-0043-03" for March 44 BCE) name the months, quarters and years that
 * calendarBucketSql() (lib/queries/sql/dialect-sql.ts) groups by; they are also valid partial dates, so a bucket can
 * be put straight into a filter's from/to.
 */
export function bucketKeyToPartialDate(key: string): PartialDate {
  const parsed = parsePartialDate(key);
  if (!parsed.ok) throw new Error(`“${key}” is not a bucket key: ${parsed.message}`);
  return parsed.value;
}

export function bucketIntervalOf(key: string): BucketInterval {
  const { precision } = bucketKeyToPartialDate(key);
  if (precision === "month" || precision === "quarter" || precision === "year") return precision;
  throw new Error(`“${key}” is a ${precision}, not a bucket`);
}

/** Time order of bucket keys, which text order is not before the common era ("-0044" comes before "-0043"). */
export function compareBucketKeys(a: string, b: string): number {
  return bucketSpan(a).start - bucketSpan(b).start;
}

export function bucketSpan(key: string): { start: number; end: number } {
  return partialDateSpan(bucketKeyToPartialDate(key));
}

/** A running number of the bucket: consecutive buckets differ by one. */
export function bucketIndexOfTime(ms: number, interval: BucketInterval): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (interval === "month") return year * 12 + month;
  if (interval === "quarter") return year * 4 + Math.floor(month / 3);
  return year;
}

export function bucketKeyFromIndex(index: number, interval: BucketInterval): string {
  const perYear = UNITS_PER_YEAR[interval];
  const year = signedYear(Math.floor(index / perYear));
  const unit = floorMod(index, perYear) + 1;
  if (interval === "month") return `${year}-${String(unit).padStart(2, "0")}`;
  if (interval === "quarter") return `${year}-Q${unit}`;
  return year;
}

export function bucketKeyOfTime(ms: number, interval: BucketInterval): string {
  return bucketKeyFromIndex(bucketIndexOfTime(ms, interval), interval);
}

/** How many buckets of `interval` the instants first..last (both inclusive) touch. */
export function countBuckets(first: number, last: number, interval: BucketInterval): number {
  return bucketIndexOfTime(last, interval) - bucketIndexOfTime(first, interval) + 1;
}

/** Every bucket key from the one holding `first` to the one holding `last`, inclusive. */
export function enumerateBucketKeys(first: number, last: number, interval: BucketInterval): string[] {
  const from = bucketIndexOfTime(first, interval);
  const to = bucketIndexOfTime(last, interval);
  const keys: string[] = [];
  for (let index = from; index <= to; index++) keys.push(bucketKeyFromIndex(index, interval));
  return keys;
}
