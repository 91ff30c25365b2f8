import { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { countByMember } from "../counts/count-sql";
import { listMembers, memberOfKeys } from "../counts/label-members";
import { LINKS_MEMBER, NONE_MEMBER } from "../counts/count-columns";
import { countPairLanesOverlap, countPairLaneStarts, type PairLanes } from "../counts/pair-window-sql";
import { NO_LANE_KEY } from "../sql/lane-sql";
import { coarsestGrain, labelCountedLanes, tallyCountedDensity } from "./counted-lanes";
import { BucketTally, type DensityRequest, type WindowCounter } from "./timeline-types";

/** The target's events in the window and every member of the lane dimension (listMembers), when already read. */
export interface KnownPairCounts {
  total: number;
  members: string[];
}

/**
 * Counts the lanes of a one-topic (actor, country) filter's window from event_pair_counts (see hasPairLanes for
 * which lanes it holds): a few rows per lane and period whatever the number of events, where the events
 * themselves would be read one by one (BENCHMARKS.md, “Figures: timeline lanes”).
 * `known`: what was already read over the same range.
 */
export function pairWindowCounter(pairs: PairLanes, window: TimelineWindow, known?: KnownPairCounts): WindowCounter {
  const { scope, target, lanes } = pairs;
  const range = { start: Math.max(window.start, scope.period.start ?? -Infinity), end: Math.min(window.end, scope.period.end ?? Infinity) };
  const empty = range.start >= range.end;
  let members: Promise<string[]> | null = null;
  // A topic's events always have a topic: its lanes by topic have no "no topic" lane to read.
  const laneMembers = () => (members ??= (known ? Promise.resolve(known.members) : listMembers(lanes)).then((list) => (target.dim === "topic" && lanes === "topic" ? list : [...list, NONE_MEMBER])));

  async function countLanes(groupBy: LaneGrouping) {
    if (groupBy !== lanes) throw new Error(`pairWindowCounter counts lanes by ${lanes}, not ${groupBy}`);
    if (empty) return { total: 0, lanes: [] };
    const [total, counts] = await Promise.all([
      known?.total ?? countByMember(scope, [target.dim], range, "overlap", [target.member]).then((totals) => totals[0]?.n ?? 0),
      laneMembers().then((list) => countPairLanesOverlap(pairs, range, list)),
    ]);
    return { total, lanes: await labelCountedLanes(lanes, counts) };
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
    if (noLaneKey && !(target.dim === "topic" && lanes === "topic")) read.push(NONE_MEMBER);
    if (withOther) read.push(...(byLinks ? [LINKS_MEMBER] : (await laneMembers()).filter((member) => member !== NONE_MEMBER && !keyOfMember.has(member))));
    const keyOf = (member: string) => (member === LINKS_MEMBER ? OTHER_LANE_KEY : member === NONE_MEMBER ? (noLaneKey ?? undefined) : (keyOfMember.get(member) ?? OTHER_LANE_KEY));
    return tallyCountedDensity({
      bounds,
      range,
      coarsest: coarsestGrain(step),
      countOverlap: (part) => countPairLanesOverlap(pairs, part, read),
      countStarts: (part, grain) => countPairLaneStarts(pairs, part, grain, read),
      keyOf,
      // "Other" from '_links': less the links to every lane shown or hidden.
      otherLess: withOther && byLinks ? [...keyOfMember.values()] : null,
      hiddenKeys,
    });
  }

  return { range, countLanes, countDensity };
}
