import { BUCKET_INTERVALS, countBuckets, enumerateBucketKeys, type BucketInterval } from "./bucket-keys";

/** Past this many bars a chart stops being readable and the data table becomes a wall. */
export const MAX_BUCKETS = 240;
const MONTHLY_UP_TO = 36;
const QUARTERLY_UP_TO = 40;

export type IntervalChoice = "auto" | "requested" | "coarsened";

export interface BucketPlan {
  interval: BucketInterval;
  choice: IntervalChoice;
  /** Every bucket to draw, first to last; null when even that would be too many and only buckets with events are drawn. */
  keys: string[] | null;
}

export interface PlanBucketsInput {
  /** Earliest and latest start among the charted events; null when none has a known start. */
  dataFirst: number | null;
  dataLast: number | null;
  /** The filter's period, half-open; null for an open side. */
  periodStart: number | null;
  periodEnd: number | null;
  requested?: BucketInterval;
}

/** Month up to 36 months, quarter up to 40 quarters (10 years), year beyond. */
export function chooseInterval(first: number, last: number): BucketInterval {
  if (countBuckets(first, last, "month") <= MONTHLY_UP_TO) return "month";
  if (countBuckets(first, last, "quarter") <= QUARTERLY_UP_TO) return "quarter";
  return "year";
}

/**
 * Which buckets the activity chart draws. The axis spans the filter's period where it names one (so
 * quiet months at either end show as empty), else the data; an interval the reader asked for is kept
 * unless it would need more than MAX_BUCKETS bars.
 */
export function planBuckets({ dataFirst, dataLast, periodStart, periodEnd, requested }: PlanBucketsInput): BucketPlan {
  if (dataFirst === null || dataLast === null) {
    return { interval: requested ?? "month", choice: requested ? "requested" : "auto", keys: [] };
  }
  const first = periodStart ?? dataFirst;
  const last = periodEnd !== null ? periodEnd - 1 : dataLast;
  const auto = chooseInterval(first, last);
  const coarser = (a: BucketInterval, b: BucketInterval) => (BUCKET_INTERVALS.indexOf(a) >= BUCKET_INTERVALS.indexOf(b) ? a : b);

  let interval = requested ?? auto;
  let choice: IntervalChoice = requested ? "requested" : "auto";
  if (requested && countBuckets(first, last, requested) > MAX_BUCKETS) {
    interval = coarser(requested, auto);
    choice = interval === requested ? "requested" : "coarsened";
  }
  if (countBuckets(first, last, interval) <= MAX_BUCKETS) return { interval, choice, keys: enumerateBucketKeys(first, last, interval) };
  if (countBuckets(dataFirst, dataLast, interval) <= MAX_BUCKETS) {
    return { interval, choice, keys: enumerateBucketKeys(dataFirst, dataLast, interval) };
  }
  return { interval, choice, keys: null };
}
