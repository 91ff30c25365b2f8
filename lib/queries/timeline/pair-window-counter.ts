import { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { DAY_MS, periodStartDay } from "../counts/count-pieces";
import type { CountTarget } from "../counts/count-scope";
import { countByMember } from "../counts/count-sql";
import { labelMembers, listMembers, memberOfKeys } from "../counts/label-members";
import { countPairLanesOverlap, countPairLaneStarts, LINKS_MEMBER, NO_LANE_MEMBER, type LaneDim, type PairLanes } from "../counts/pair-window-sql";
import { NO_LANE_KEY, NO_LANE_LABEL } from "../sql/lane-sql";
import { coarsestGrain } from "./counted-window-counter";
import { locateBucket } from "./locate-bucket";
import { BucketTally, sortLanes, type DensityRequest, type TimelineLane, type WindowCounter } from "./timeline-types";

/**
 * Counts the lanes of a one-topic (actor, country) filter's window from event_pair_counts (see hasPairLanes for
 * which lanes it holds): a few rows per lane and period whatever the number of events, where the events
 * themselves would be read one by one (a topic of 425k events by country over 37 years: ~2 s at 1M).
 */
export function pairWindowCounter(target: CountTarget & { dim: LaneDim }, lanes: LaneDim, window: TimelineWindow): WindowCounter {
  const { scope } = target;
  const pairs: PairLanes = { scope, target: { dim: target.dim, member: target.member }, lanes };
  const range = { start: Math.max(window.start, scope.period.start ?? -Infinity), end: Math.min(window.end, scope.period.end ?? Infinity) };
  const empty = range.start >= range.end;
  let members: Promise<string[]> | null = null;
  // A topic's events always have a topic: its lanes by topic have no "no topic" lane to read.
  const laneMembers = () => (members ??= listMembers(lanes).then((list) => (target.dim === "topic" && lanes === "topic" ? list : [...list, NO_LANE_MEMBER])));

  async function countLanes(groupBy: LaneGrouping) {
    if (groupBy !== lanes) throw new Error(`pairWindowCounter counts lanes by ${lanes}, not ${groupBy}`);
    if (empty) return { total: 0, lanes: [] };
    const [totals, counts] = await Promise.all([
      countByMember(scope, [target.dim], range, "overlap", [target.member]),
      laneMembers().then((list) => countPairLanesOverlap(pairs, range, list)),
    ]);
    const named = [...counts.keys()].filter((member) => member !== NO_LANE_MEMBER && counts.get(member)! > 0);
    const labels = await labelMembers(lanes, named);
    const found: TimelineLane[] = [...counts].flatMap(([member, count]) => {
      if (member === NO_LANE_MEMBER) return [{ key: NO_LANE_KEY, label: NO_LANE_LABEL[lanes], count }];
      const label = labels.get(member);
      return label ? [{ key: label.key, label: label.label, count }] : [];
    });
    return { total: totals[0]?.n ?? 0, lanes: sortLanes(found, NO_LANE_KEY) };
  }

  async function countDensity({ shownKeys, hiddenKeys, withOther, bounds, step }: DensityRequest) {
    const tally = new BucketTally(bounds);
    if (empty) return tally.buckets();
    // Each member's key: its lane when shown or hidden (hidden ones are dropped below), "Other" when folded.
    const keyOfMember = new Map<string, string>();
    const named = [...shownKeys, ...hiddenKeys].filter((key) => key !== NO_LANE_KEY);
    for (const [key, member] of await memberOfKeys(lanes, named)) keyOfMember.set(member, key);
    const noLaneKey = shownKeys.includes(NO_LANE_KEY) || hiddenKeys.includes(NO_LANE_KEY) ? NO_LANE_KEY : withOther ? OTHER_LANE_KEY : null;
    // A topic's lanes have a '_links' member: "Other" is then all links less the lanes shown or hidden, as in
    // event_counts. An actor's or a country's topics are few: the folded ones are read one by one.
    const byLinks = target.dim === "topic";
    const read = [...keyOfMember.keys()];
    if (noLaneKey && !(target.dim === "topic" && lanes === "topic")) read.push(NO_LANE_MEMBER);
    if (withOther) read.push(...(byLinks ? [LINKS_MEMBER] : (await laneMembers()).filter((member) => member !== NO_LANE_MEMBER && !keyOfMember.has(member))));
    const add = (member: string, index: number, n: number) => {
      if (member === LINKS_MEMBER) tally.add(OTHER_LANE_KEY, index, n);
      else if (member === NO_LANE_MEMBER) tally.add(noLaneKey!, index, n);
      else tally.add(keyOfMember.get(member) ?? OTHER_LANE_KEY, index, n);
    };
    // The bucket where the range starts also holds the events that began earlier and still run; later buckets count starts.
    const first = locateBucket(bounds, range.start);
    const firstEnd = Math.min(bounds[first + 1]!, range.end);
    const [opening, starts] = await Promise.all([
      countPairLanesOverlap(pairs, { start: range.start, end: firstEnd }, read),
      firstEnd < range.end ? countPairLaneStarts(pairs, { start: firstEnd, end: range.end }, coarsestGrain(step), read) : Promise.resolve([]),
    ]);
    for (const [member, n] of opening) add(member, first, n);
    for (const row of starts) add(row.member, locateBucket(bounds, periodStartDay(row.grain, row.period) * DAY_MS), row.n);
    if (withOther && byLinks) {
      // "Other" from '_links': less the links to every lane shown or hidden.
      const other = tally.row(OTHER_LANE_KEY);
      for (const key of new Set(keyOfMember.values())) tally.row(key).forEach((n, index) => { other[index] = (other[index] ?? 0) - n; });
      tally.set(OTHER_LANE_KEY, other);
    }
    // Hidden lanes were read only to keep them out of "Other".
    const hidden = new Set(hiddenKeys);
    return tally.buckets().filter((bucket) => !hidden.has(bucket.laneKey));
  }

  return { range, countLanes, countDensity };
}
