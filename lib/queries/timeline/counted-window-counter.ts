import { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import type { CountTarget } from "../counts/count-scope";
import { LINKS_MEMBER, NONE_MEMBER } from "../counts/count-columns";
import { countByMember, countStartsByPeriod, type CountDim } from "../counts/count-sql";
import { memberOfKeys } from "../counts/label-members";
import { NO_LANE_KEY } from "../sql/lane-sql";
import { countedLanes } from "../sql/facet-sql";
import { coarsestGrain, labelCountedLanes, tallyCountedDensity } from "./counted-lanes";
import { ALL_LANE_KEY, BucketTally, type DensityRequest, type WindowCounter } from "./timeline-types";

/**
 * Counts a window from event_counts: a handful of index range reads whatever the number of events
 * (see lib/queries/counts). For filters planCount sends to event_counts with the "window" purpose: lanes need a
 * target of all events; a single lane ("none") may be one topic, actor or country (a compare track).
 */
export function countedWindowCounter({ scope, dim: targetDim, member: targetMember }: CountTarget, window: TimelineWindow): WindowCounter {
  const range = { start: Math.max(window.start, scope.period.start ?? -Infinity), end: Math.min(window.end, scope.period.end ?? Infinity) };
  const empty = range.start >= range.end;

  async function countLanes(asked: LaneGrouping) {
    const groupBy = countedLanes(asked);
    if (empty) return { total: 0, lanes: [] };
    if (groupBy === "none") {
      const rows = await countByMember(scope, [targetDim], range, "overlap", [targetMember]);
      return { total: rows[0]?.n ?? 0, lanes: [] };
    }
    const rows = await countByMember(scope, ["all", groupBy], range, "overlap");
    const total = rows.find((row) => row.dim === "all")?.n ?? 0;
    const lanes = await labelCountedLanes(groupBy, rows.filter((row) => row.dim === groupBy).map((row): [string, number] => [row.member, row.n]));
    return { total, lanes };
  }

  async function countDensity({ groupBy, shownKeys, hiddenKeys, withOther, bounds, step }: DensityRequest) {
    const tally = new BucketTally(bounds);
    if (empty) return tally.buckets();
    const lanes = countedLanes(groupBy);
    const dim: CountDim = lanes === "none" ? targetDim : lanes;
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
    // "Other" is every link to a folded lane (all links, less those to the lanes shown or hidden), plus "no lane" when folded.
    const lanesRead = [...keyOfMember].filter(([member]) => member !== LINKS_MEMBER && member !== NONE_MEMBER).map(([, key]) => key);
    return tallyCountedDensity({
      bounds,
      range,
      coarsest: coarsestGrain(step),
      countOverlap: async (part) => (await countByMember(scope, [dim], part, "overlap", members)).map((row): [string, number] => [row.member, row.n]),
      countStarts: (part, grain) => countStartsByPeriod(scope, dim, part, grain, members),
      keyOf: (member) => keyOfMember.get(member),
      otherLess: withOther ? lanesRead : null,
      hiddenKeys,
    });
  }

  return { range, countLanes, countDensity };
}
