import { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { BucketStep } from "@/lib/timeline/bucket-width";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { DAY_GRAIN, DAY_MS, MONTH_GRAIN, periodStartDay, YEAR_GRAIN, type Grain } from "../counts/count-pieces";
import type { CountTarget } from "../counts/count-scope";
import { countByMember, countStartsByPeriod, LINKS_MEMBER, NONE_MEMBER, type CountDim } from "../counts/count-sql";
import { labelMembers, memberOfKeys } from "../counts/label-members";
import { NO_LANE_KEY, NO_LANE_LABEL } from "../sql/lane-sql";
import { ALL_LANE_KEY } from "./live-window-counter";
import { locateBucket } from "./locate-bucket";
import { BucketTally, sortLanes, type DensityRequest, type TimelineLane, type WindowCounter } from "./timeline-types";

/** The coarsest count rows that fit the buckets of a step: years for whole-year steps, months for month steps, else days. */
export function coarsestGrain(step: BucketStep): Grain {
  if (step.unit !== "month") return DAY_GRAIN;
  return step.count % 12 === 0 ? YEAR_GRAIN : MONTH_GRAIN;
}

/**
 * Counts a window from event_counts: a handful of index range reads whatever the number of events
 * (see lib/queries/counts). For filters countTarget accepts, with the overlap match: lanes need a
 * target of all events; a single lane ("none") may be one topic, actor or country (a compare track).
 */
export function countedWindowCounter({ scope, dim: targetDim, member: targetMember }: CountTarget, window: TimelineWindow): WindowCounter {
  const range = { start: Math.max(window.start, scope.period.start ?? -Infinity), end: Math.min(window.end, scope.period.end ?? Infinity) };
  const empty = range.start >= range.end;

  async function countLanes(groupBy: LaneGrouping) {
    if (empty) return { total: 0, lanes: [] };
    if (groupBy === "none") {
      const rows = await countByMember(scope, [targetDim], range, "overlap", [targetMember]);
      return { total: rows[0]?.n ?? 0, lanes: [] };
    }
    const rows = await countByMember(scope, ["all", groupBy], range, "overlap");
    const total = rows.find((row) => row.dim === "all")?.n ?? 0;
    const laneRows = rows.filter((row) => row.dim === groupBy && row.member !== LINKS_MEMBER && row.n > 0);
    const labels = await labelMembers(groupBy, laneRows.map((row) => row.member).filter((member) => member !== NONE_MEMBER));
    const lanes: TimelineLane[] = laneRows.flatMap((row) => {
      if (row.member === NONE_MEMBER) return [{ key: NO_LANE_KEY, label: NO_LANE_LABEL[groupBy], count: row.n }];
      const label = labels.get(row.member);
      return label ? [{ key: label.key, label: label.label, count: row.n }] : [];
    });
    return { total, lanes: sortLanes(lanes, NO_LANE_KEY) };
  }

  async function countDensity({ groupBy, shownKeys, hiddenKeys, withOther, bounds, step }: DensityRequest) {
    const tally = new BucketTally(bounds);
    if (empty) return tally.buckets();
    const dim: CountDim = groupBy === "none" ? targetDim : groupBy;
    const keyOfMember = new Map<string, string>();
    if (groupBy === "none") keyOfMember.set(targetMember, ALL_LANE_KEY);
    else {
      const named = [...shownKeys, ...hiddenKeys].filter((key) => key !== NO_LANE_KEY);
      for (const [key, member] of await memberOfKeys(dim, named)) keyOfMember.set(member, key);
      if (shownKeys.includes(NO_LANE_KEY)) keyOfMember.set(NONE_MEMBER, NO_LANE_KEY);
      else if (withOther && !hiddenKeys.includes(NO_LANE_KEY)) keyOfMember.set(NONE_MEMBER, OTHER_LANE_KEY);
      if (withOther) keyOfMember.set(LINKS_MEMBER, OTHER_LANE_KEY);
    }
    const members = [...keyOfMember.keys()];
    // The bucket where the range starts also holds the events that began earlier and still run; later buckets count starts.
    const first = locateBucket(bounds, range.start);
    const firstEnd = Math.min(bounds[first + 1]!, range.end);
    const [opening, starts] = await Promise.all([
      countByMember(scope, [dim], { start: range.start, end: firstEnd }, "overlap", members),
      firstEnd < range.end ? countStartsByPeriod(scope, dim, { start: firstEnd, end: range.end }, coarsestGrain(step), members) : Promise.resolve([]),
    ]);
    for (const row of opening) tally.add(keyOfMember.get(row.member)!, first, row.n);
    for (const row of starts) tally.add(keyOfMember.get(row.member)!, locateBucket(bounds, periodStartDay(row.grain, row.period) * DAY_MS), row.n);
    if (withOther) {
      // "Other" is every link to a folded lane (all links, less those to the lanes shown or hidden), plus "no lane" when folded.
      const other = [...tally.row(OTHER_LANE_KEY)];
      for (const [member, key] of keyOfMember) {
        if (member === LINKS_MEMBER || member === NONE_MEMBER) continue;
        tally.row(key).forEach((n, index) => { other[index] = (other[index] ?? 0) - n; });
      }
      tally.set(OTHER_LANE_KEY, other);
    }
    // Hidden lanes were read only to take them out of "Other".
    const hidden = new Set(hiddenKeys);
    return tally.buckets().filter((bucket) => !hidden.has(bucket.laneKey));
  }

  return { range, countLanes, countDensity };
}
