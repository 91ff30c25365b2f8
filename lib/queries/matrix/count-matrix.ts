import type { FacetName } from "@/lib/domain/facets";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import { bucketIndexOfTime, bucketKeyFromIndex, type BucketInterval } from "@/lib/charts/bucket-keys";
import type { EventMatrix } from "./event-matrix";
import type { MatchedSlots } from "./match-matrix";

/**
 * Counts over matched slots, each one pass over typed arrays. They answer what the SQL of lib/queries/dashboard
 * answers, as member ordinals; matrix-dashboard.ts turns ordinals into names.
 */

/** How many of the matched events hold each member of `facet`, by ordinal. */
export function countMembers(matrix: EventMatrix, facet: FacetName, slots: MatchedSlots): Int32Array {
  const column = matrix.facets[facet];
  const counts = new Int32Array(column.dictionary.size);
  const { offsets, members, patched } = column;
  const { isPatched } = matrix;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    if (isPatched[slot]) {
      for (const ordinal of patched.get(slot)!) counts[ordinal]!++;
      continue;
    }
    for (let m = offsets[slot]!, end = offsets[slot + 1]!; m < end; m++) counts[members[m]!]!++;
  }
  return counts;
}

/** How many members of `facet` the matched events hold between them. */
export function countDistinctMembers(matrix: EventMatrix, facet: FacetName, slots: MatchedSlots): number {
  return countMembers(matrix, facet, slots).reduce((distinct, n) => distinct + (n > 0 ? 1 : 0), 0);
}

/** The matched events the activity chart places in a bucket (see chartedSql): a known start, within the period. */
export function chartedSlots(matrix: EventMatrix, slots: MatchedSlots, periodStart: number | null): MatchedSlots {
  const from = periodStart ?? -Infinity;
  const out = new Int32Array(slots.length);
  let count = 0;
  for (let k = 0; k < slots.length; k++) {
    const first = matrix.earliest[slots[k]!]!;
    if (first > DATE_MIN && first >= from) out[count++] = slots[k]!;
  }
  return out.subarray(0, count);
}

export interface MatrixOverview {
  total: number;
  unknownStart: number;
  unknownOngoing: number;
  charted: number;
  firstMs: number | null;
  lastMs: number | null;
}

export function overviewOf(matrix: EventMatrix, slots: MatchedSlots, charted: MatchedSlots): MatrixOverview {
  let unknownStart = 0;
  let unknownOngoing = 0;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    if (matrix.earliest[slot]! <= DATE_MIN) {
      unknownStart++;
      if (matrix.latest[slot]! >= DATE_MAX) unknownOngoing++;
    }
  }
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < charted.length; k++) {
    const value = matrix.earliest[charted[k]!]!;
    if (value < first) first = value;
    if (value > last) last = value;
  }
  return {
    total: slots.length,
    unknownStart,
    unknownOngoing,
    charted: charted.length,
    firstMs: charted.length ? first : null,
    lastMs: charted.length ? last : null,
  };
}

export interface MatrixBucket {
  bucket: string;
  n: number;
  noTopic: number;
  other: number;
  /** Events per top topic, by the top topic's position in `topOrdinals`. */
  byTop: number[];
}

/** Counts a topic of an event in its bucket's top-topic cell; true when the topic is not a top one. */
function tallyTopic(bucket: MatrixBucket, topPosition: Int32Array, ordinal: number): boolean {
  const position = topPosition[ordinal]!;
  if (position < 0) return true;
  bucket.byTop[position]!++;
  return false;
}

/**
 * The charted events per bucket of `interval` (by start, in UTC, keyed by bucketKeyFromIndex), with those without a
 * topic, those with a topic outside `topOrdinals`, and those with each top topic. In time order.
 */
export function countBuckets(matrix: EventMatrix, charted: MatchedSlots, interval: BucketInterval, topOrdinals: number[]): MatrixBucket[] {
  const topics = matrix.facets.topic;
  const topPosition = new Int32Array(topics.dictionary.size + 1).fill(-1);
  topOrdinals.forEach((ordinal, position) => (topPosition[ordinal] = position));
  const buckets = new Map<number, MatrixBucket>();
  // A bucket is a union of days: each day's bucket is worked out once.
  const bucketOfDay = new Map<number, MatrixBucket>();
  const { offsets, members, patched } = topics;
  for (let k = 0; k < charted.length; k++) {
    const slot = charted[k]!;
    const start = matrix.earliest[slot]!;
    const day = Math.floor(start / 86_400_000);
    let bucket = bucketOfDay.get(day);
    if (!bucket) {
      const index = bucketIndexOfTime(start, interval);
      bucket = buckets.get(index);
      if (!bucket) buckets.set(index, (bucket = { bucket: bucketKeyFromIndex(index, interval), n: 0, noTopic: 0, other: 0, byTop: new Array(topOrdinals.length).fill(0) }));
      bucketOfDay.set(day, bucket);
    }
    bucket.n++;
    let held = 0;
    let outside = false;
    if (matrix.isPatched[slot]) {
      for (const ordinal of patched.get(slot)!) {
        held++;
        outside = tallyTopic(bucket, topPosition, ordinal) || outside;
      }
    } else {
      for (let m = offsets[slot]!, end = offsets[slot + 1]!; m < end; m++) {
        held++;
        outside = tallyTopic(bucket, topPosition, members[m]!) || outside;
      }
    }
    if (!held) bucket.noTopic++;
    if (outside) bucket.other++;
  }
  return [...buckets.entries()].sort(([a], [b]) => a - b).map(([, bucket]) => bucket);
}
