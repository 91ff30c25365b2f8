import { Prisma } from "@/lib/db/client";
import { PACKED_LINKS } from "@/lib/db/event-link-days-sql";
import { readSql } from "@/lib/db/read-sql";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { DAY_MS } from "../counts/count-pieces";
import { memberRowsOverlappingSql } from "../counts/link-day-rows-sql";
import type { CountTarget } from "../counts/count-scope";
import { labelMembers } from "../counts/label-members";
import { concatPackedLinksSql, toNumber } from "../sql/dialect-sql";
import { NO_LANE_KEY, NO_LANE_LABEL } from "../sql/lane-sql";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { densityFromLaneBuckets, sumLanes, type LaneBuckets } from "./lane-bucket-tally";
import { locateBucket } from "./locate-bucket";
import { MemberNumbers, visitPackedMembers } from "./packed-lists";
import { ALL_LANE_KEY, sortLanes, type DensityRequest, type TimelineLane, type WindowCounter } from "./timeline-types";
import { countedLanes } from "../sql/facet-sql";

/**
 * Every lane's events per bucket of `bounds`, for a one-member filter's events by actor, country or topic (or all in
 * one lane, ALL_LANE_KEY), from that member's rows of event_link_days: each day's packed links come back as one
 * string and are tallied here.
 *
 * Why not GROUP BY lane and bucket in SQL: SQLite has no hash aggregate, so it sorts one row per link, hundreds of
 * thousands for a busy member's whole history (BENCHMARKS.md, “Lanes under a filter”). Grouped by day, the rows
 * come in the key's order and nothing is sorted; the tally is a pass over the links. An event counts in the bucket
 * of its first day, or of the range's start when it began earlier.
 */
async function tallyLinkDayLanes(target: CountTarget, range: TimelineWindow, asked: LaneGrouping, bounds: number[]) {
  const groupBy = countedLanes(asked);
  const links = groupBy === "none" ? Prisma.sql`NULL` : concatPackedLinksSql(Prisma.sql`d.${Prisma.raw(PACKED_LINKS[groupBy])}`);
  const rows = await readSql<{ day: unknown; n: unknown; links: string | null }[]>`
    SELECT d.first_day AS day, COUNT(*) AS n, ${links} AS links
    FROM event_link_days d WHERE ${memberRowsOverlappingSql(target, range)}
    GROUP BY d.first_day ORDER BY d.first_day`;
  const width = Math.max(bounds.length - 1, 0);
  const numbers = new MemberNumbers();
  const counts: number[][] = [];
  const add = (n: number, bucket: number, by = 1) => {
    const lane = counts[n] ?? (counts[n] = new Array<number>(width).fill(0));
    lane[bucket]! += by;
  };
  const noLane = () => numbers.numberOfKey(NO_LANE_KEY);
  let total = 0;
  for (const { day, n, links: packed } of rows) {
    total += toNumber(n);
    const bucket = locateBucket(bounds, Math.max(toNumber(day) * DAY_MS, range.start));
    if (groupBy === "none") add(numbers.numberOfKey(ALL_LANE_KEY), bucket, toNumber(n));
    else visitPackedMembers(packed ?? "", numbers, (member) => add(member, bucket), () => add(noLane(), bucket));
  }
  const byMember = new Map(numbers.members.map((member, index) => [member, counts[index]!]));
  if (groupBy === "none") return { total, lanes: [], buckets: { bounds, rows: byMember } };

  const labels = await labelMembers(groupBy, [...byMember.keys()].filter((member) => member !== NO_LANE_KEY));
  const buckets: LaneBuckets = { bounds, rows: new Map() };
  const laneLabels = new Map<string, string>([[NO_LANE_KEY, NO_LANE_LABEL[groupBy]]]);
  for (const [member, counts] of byMember) {
    const label = member === NO_LANE_KEY ? { key: NO_LANE_KEY } : labels.get(member);
    if (!label) continue;
    buckets.rows.set(label.key, counts);
    if ("label" in label) laneLabels.set(label.key, label.label);
  }
  const lanes: TimelineLane[] = sortLanes(sumLanes(buckets, laneLabels), NO_LANE_KEY);
  return { total, lanes, buckets };
}

/**
 * Counts a one-member filter's window from that member's rows of event_link_days: no probe of the events or the
 * link tables per event. Lanes and density come from one tally on `grid` when given; a density on another grid
 * tallies again.
 */
export function linkDayWindowCounter(target: CountTarget, range: TimelineWindow, grid?: number[]): WindowCounter {
  let laneBuckets: LaneBuckets | null = null;

  async function countLanes(groupBy: LaneGrouping) {
    const gridded = grid && grid.length > 1;
    const { total, lanes, buckets } = await tallyLinkDayLanes(target, range, groupBy, gridded ? grid : [range.start, range.end]);
    if (gridded) laneBuckets = buckets;
    return { total, lanes };
  }

  async function countDensity(request: DensityRequest) {
    const counted = laneBuckets ? densityFromLaneBuckets(laneBuckets, request) : null;
    if (counted) return counted;
    const { buckets } = await tallyLinkDayLanes(target, range, request.groupBy, request.bounds);
    return densityFromLaneBuckets(buckets, request)!;
  }

  return { range, countLanes, countDensity };
}
