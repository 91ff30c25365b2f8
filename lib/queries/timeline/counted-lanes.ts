import { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import type { BucketStep } from "@/lib/timeline/bucket-width";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { DAY_GRAIN, DAY_MS, MONTH_GRAIN, periodStartDay, YEAR_GRAIN, type Grain } from "../counts/count-pieces";
import { LINKS_MEMBER, NONE_MEMBER } from "../counts/count-columns";
import type { PeriodCount } from "../counts/count-sql";
import { labelMembers } from "../counts/label-members";
import { NO_LANE_KEY, NO_LANE_LABEL } from "../sql/lane-sql";
import type { CountedFacet } from "../sql/facet-sql";
import { locateBucket } from "./locate-bucket";
import { BucketTally, sortLanes, type TimelineBucket, type TimelineLane } from "./timeline-types";

/** The coarsest count rows that fit the buckets of a step: years for whole-year steps, months for month steps, else days. */
export function coarsestGrain(step: BucketStep): Grain {
  if (step.unit !== "month") return DAY_GRAIN;
  return step.count % 12 === 0 ? YEAR_GRAIN : MONTH_GRAIN;
}

/** Lanes from counts per member of a count table: labelled, "no lane" for NONE_MEMBER, LINKS_MEMBER and empty ones left out. */
export async function labelCountedLanes(groupBy: CountedFacet, counts: Iterable<[member: string, n: number]>): Promise<TimelineLane[]> {
  const rows = [...counts].filter(([member, n]) => member !== LINKS_MEMBER && n > 0);
  const labels = await labelMembers(groupBy, rows.map(([member]) => member).filter((member) => member !== NONE_MEMBER));
  const lanes = rows.flatMap(([member, count]): TimelineLane[] => {
    if (member === NONE_MEMBER) return [{ key: NO_LANE_KEY, label: NO_LANE_LABEL[groupBy], count }];
    const label = labels.get(member);
    return label ? [{ key: label.key, label: label.label, count }] : [];
  });
  return sortLanes(lanes, NO_LANE_KEY);
}

export interface CountedDensity {
  bounds: number[];
  range: TimelineWindow;
  coarsest: Grain;
  /** Events overlapping a range, per member. */
  countOverlap(range: TimelineWindow): Promise<Iterable<[member: string, n: number]>>;
  /** Events starting in a range, per member and period no coarser than `coarsest`. */
  countStarts(range: TimelineWindow, coarsest: Grain): Promise<PeriodCount[]>;
  /** The lane a member's counts go to; none: not drawn. */
  keyOf(member: string): string | undefined;
  /** When "Other" was counted from LINKS_MEMBER (every link): the lanes whose links come off it. */
  otherLess: string[] | null;
  hiddenKeys: string[];
}

/**
 * Density from a count table: the bucket where the range starts holds the events that began earlier and still
 * run (an overlap count), later buckets the events starting in them. Hidden lanes were read only to come off
 * "Other", and are dropped.
 */
export async function tallyCountedDensity(request: CountedDensity): Promise<TimelineBucket[]> {
  const { bounds, range } = request;
  const tally = new BucketTally(bounds);
  const first = locateBucket(bounds, range.start);
  const firstEnd = Math.min(bounds[first + 1]!, range.end);
  const [opening, starts] = await Promise.all([
    request.countOverlap({ start: range.start, end: firstEnd }),
    firstEnd < range.end ? request.countStarts({ start: firstEnd, end: range.end }, request.coarsest) : Promise.resolve([]),
  ]);
  const add = (member: string, index: number, n: number) => {
    const key = request.keyOf(member);
    if (key !== undefined) tally.add(key, index, n);
  };
  for (const [member, n] of opening) add(member, first, n);
  for (const row of starts) add(row.member, locateBucket(bounds, periodStartDay(row.grain, row.period) * DAY_MS), row.n);
  if (request.otherLess) {
    const other = [...tally.row(OTHER_LANE_KEY)];
    for (const key of new Set(request.otherLess)) tally.row(key).forEach((n, index) => { other[index] = (other[index] ?? 0) - n; });
    tally.set(OTHER_LANE_KEY, other);
  }
  const hidden = new Set(request.hiddenKeys);
  return tally.buckets().filter((bucket) => !hidden.has(bucket.laneKey));
}
