import { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import { BucketTally, type DensityRequest, type TimelineBucket, type TimelineLane } from "./timeline-types";

/** Every lane's events per bucket of one grid, read in the same pass as the lane counts. */
export interface LaneBuckets {
  bounds: number[];
  /** Lane key (NO_LANE_KEY for events in no lane) → its events per bucket. */
  rows: Map<string, number[]>;
}

/** The lane counts: each lane's buckets summed. Labels come with the rows. */
export function sumLanes(buckets: LaneBuckets, labels: Map<string, string>): TimelineLane[] {
  return [...buckets.rows.entries()].map(([key, row]) => ({ key, label: labels.get(key) ?? key, count: row.reduce((a, b) => a + b, 0) }));
}

function sameBounds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * The density a request asks for, from every lane's buckets: shown lanes as they are, "Other" as the
 * sum of the lanes neither shown nor hidden (an event in two of them counts in both, as when counted
 * from its links), events in no lane where that lane is shown or else folded. Null when the request
 * uses another grid.
 */
export function densityFromLaneBuckets(buckets: LaneBuckets, { shownKeys, hiddenKeys, withOther, bounds }: DensityRequest): TimelineBucket[] | null {
  if (!sameBounds(buckets.bounds, bounds)) return null;
  const tally = new BucketTally(bounds);
  const shown = new Set(shownKeys);
  const hidden = new Set(hiddenKeys);
  for (const [key, row] of buckets.rows) {
    if (shown.has(key)) row.forEach((n, i) => tally.add(key, i, n));
    else if (withOther && !hidden.has(key)) row.forEach((n, i) => tally.add(OTHER_LANE_KEY, i, n));
  }
  return tally.buckets();
}
