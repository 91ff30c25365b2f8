import type { TimelineWindow } from "@/lib/timeline/window-math";
import { countByMember } from "../counts/count-sql";
import { listMembers } from "../counts/label-members";
import type { PairLanes } from "../counts/pair-window-sql";
import type { KnownPairCounts } from "./pair-window-counter";

/**
 * About how many events' link-day rows cost as much to tally as one lane member's pair rows. Pair rows cost a few
 * index reads per lane member and piece of the range, whatever the events; link-day rows one row per event in the
 * window. Measured on a topic's 2,000 actors at three zooms (BENCHMARKS.md, “Figures: timeline lanes”). One figure
 * for both databases: below it the tally costs SQLite a little where it saves PostgreSQL much more.
 */
const EVENTS_PER_LANE_MEMBER = 50;

/**
 * Whether a one-member filter's window is cheaper counted from pair rows than from its link-day rows, with what the
 * choice read and the pair counter needs anyway: the window's events (from event_counts) and the lane members.
 */
export async function pairRowsCheaper(pairs: PairLanes, range: TimelineWindow): Promise<{ cheaper: boolean } & KnownPairCounts> {
  const [counts, members] = await Promise.all([
    countByMember(pairs.scope, [pairs.target.dim], range, "overlap", [pairs.target.member]),
    listMembers(pairs.lanes),
  ]);
  const total = counts[0]?.n ?? 0;
  return { cheaper: total >= members.length * EVENTS_PER_LANE_MEMBER, total, members };
}
