import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "../sql/dialect-sql";
import { ALL_TIME_PIECE, countPieces, DAY_GRAIN, daysBefore, daysUpTo, MONTH_GRAIN, UNKNOWN_PERIOD, YEAR_GRAIN, type CountPiece, type Grain } from "./count-pieces";
import { countedSql, intParam, LINKS_MEMBER, NONE_MEMBER, statusesOf } from "./count-columns";
import type { CountScope, CountTarget } from "./count-scope";
import { fewerEventsFrom, sumByPeriod, type MsRange, type PeriodCount } from "./count-sql";
import { liveEdgeSelect } from "./live-edge-sql";

/**
 * Events of one topic, actor or country per lane (topic, actor or country) over a range, from event_pair_counts'
 * start rows (grains 1, 2: month and year of the first day) and end rows (grains 4, 5: of the last day), migration
 * 20261125100000_event_pair_count_ends. The rows pair every entity (a link, or "no actor", "no country") with each
 * of the event's topics, so they answer a topic's events per lane of any kind, and an actor's or a country's per
 * topic. Days are not stored: the partial months at the ends of a range, and week or day buckets, are counted
 * from the target's rows in event_link_days (one per event, its lanes in the row).
 */

export type LaneDim = "topic" | "actor" | "country";

/** What pair rows count: a one-member filter's events (scope and member) per member of a lane dimension. */
export interface PairLanes {
  scope: CountScope;
  target: { dim: LaneDim; member: string };
  lanes: LaneDim;
}


/** Whether the pair rows hold this filter's lanes: a topic's by anything, an actor's or a country's by topic. */
export function hasPairLanes(target: { dim: string }, lanes: string): lanes is LaneDim {
  return (target.dim === "topic" && (lanes === "topic" || lanes === "actor" || lanes === "country")) || ((target.dim === "actor" || target.dim === "country") && lanes === "topic");
}

/** The pair rows that count a one-member filter's lanes, or null when they do not hold them (see hasPairLanes). */
export function pairLanesOf(target: CountTarget, lanes: string): PairLanes | null {
  if (target.dim === "all" || !hasPairLanes(target, lanes)) return null;
  return { scope: target.scope, target: { dim: target.dim, member: target.member }, lanes };
}

const START = 0;
const END = 1;
/** Start rows at grains 1 and 2, end rows at 4 and 5; all time (3) serves both. */
const storedGrain = (edge: number, grain: Grain) => (grain === 3 ? 3 : grain + (edge === END ? 3 : 0));

interface PieceQuery {
  pairs: PairLanes;
  edge: number;
  sign: 1 | -1;
  /** The lanes' members to read (ids as text, codes, NONE_MEMBER). */
  members: string[];
  /** Rows per member ("member") or per member and period ("period"). */
  shape: "member" | "period";
  /** Leave out unknown starts. */
  knownStartsOnly?: boolean;
}

/** The stored rows of one piece: the target's member on one side of the pair, the lanes on the other. */
function storedSelect(query: PieceQuery, piece: CountPiece): Prisma.Sql {
  const { pairs, members } = query;
  const counted = countedSql(pairs.scope.minImportance);
  const n = query.sign === 1 ? counted : Prisma.sql`-${counted}`;
  // A topic's lanes are the entities paired with it; an actor's or a country's are the topics paired with it.
  const byEntity = pairs.target.dim === "topic";
  const lane = byEntity ? Prisma.sql`member` : Prisma.sql`member2`;
  const rows = byEntity
    ? Prisma.sql`dim = ${pairs.lanes} AND member IN (${Prisma.join(members)}) AND dim2 = 'topic' AND member2 = ${pairs.target.member}`
    : Prisma.sql`dim = ${pairs.target.dim} AND member = ${pairs.target.member} AND dim2 = 'topic' AND member2 IN (${Prisma.join(members)})`;
  const columns = query.shape === "member" ? Prisma.sql`${lane} AS member, ${n} AS n` : Prisma.sql`${lane} AS member, ${intParam(piece.grain)} AS grain, period, ${n} AS n`;
  const known = query.knownStartsOnly ? Prisma.sql` AND period <> ${intParam(UNKNOWN_PERIOD)}` : Prisma.empty;
  return Prisma.sql`SELECT ${columns} FROM event_pair_counts
    WHERE ${rows} AND grain = ${intParam(storedGrain(query.edge, piece.grain))} AND period >= ${intParam(piece.from)} AND period < ${intParam(piece.to)}
      AND status IN (${Prisma.join(statusesOf(pairs.scope))})${known}`;
}

/** A day piece: the target's events per lane member, from its rows in event_link_days. */
function liveSelect(query: PieceQuery, piece: CountPiece): Prisma.Sql {
  const { pairs } = query;
  return liveEdgeSelect({ ...query, scope: pairs.scope, lane: pairs.lanes, target: pairs.target }, piece);
}

function pieceSelects(query: PieceQuery, pieces: CountPiece[]): Prisma.Sql[] {
  if (!query.members.length) return [];
  return pieces.map((piece) => (piece.grain === DAY_GRAIN ? liveSelect(query, piece) : storedSelect(query, piece)));
}

/**
 * Members with an all-time row: real topics, actors and countries. "No actor", "all links" and an actor's
 * "no topic" have start and end rows only.
 */
const hasAllTime = (member: string) => member !== NONE_MEMBER && member !== LINKS_MEMBER;

/** One edge's rows before a day: the all-time rows it counts from, if any, and the rest. */
interface Prefix {
  allTime: Prisma.Sql[];
  rest: Prisma.Sql[];
}

/**
 * Rows of one edge before a day, the cheaper way: directly, or as all time less the rows from that day on, when
 * fewer events lie after it (a topic's 2,000 actors over 37 years are 74,000 year rows; all time is 2,000).
 */
async function prefixSelects(query: PieceQuery, endDay: number | null): Promise<Prefix> {
  const withAllTime = query.members.filter(hasAllTime);
  const without = query.members.filter((member) => !hasAllTime(member));
  const allTime = () => pieceSelects({ ...query, members: withAllTime }, [ALL_TIME_PIECE]);
  if (endDay === null) return { allTime: allTime(), rest: pieceSelects({ ...query, members: without }, countPieces(null, null)) };
  if (!withAllTime.length || !(await fewerEventsFrom(endDay))) return { allTime: [], rest: pieceSelects(query, countPieces(null, endDay)) };
  return {
    allTime: allTime(),
    rest: [
      ...pieceSelects({ ...query, members: withAllTime, sign: query.sign === 1 ? -1 : 1 }, countPieces(endDay, null)),
      ...pieceSelects({ ...query, members: without }, countPieces(null, endDay)),
    ],
  };
}

/**
 * The target's events overlapping the range per lane member: those starting before its end, less those ending
 * (by their last day) before its start. Unknown starts start before any range. When both edges count from all
 * time, the two all-time reads cancel (both edges share the grain-3 rows) and are left out: a topic's 2,000 actors
 * are then read in four pieces instead of six.
 */
export async function countPairLanesOverlap(pairs: PairLanes, range: MsRange, members: string[]): Promise<Map<string, number>> {
  const base = { pairs, members, shape: "member" as const };
  const starts = await prefixSelects({ ...base, edge: START, sign: 1 }, range.end === null ? null : daysBefore(range.end));
  const ends = range.start === null ? null : await prefixSelects({ ...base, edge: END, sign: -1 }, daysUpTo(range.start));
  const cancel = ends !== null && starts.allTime.length > 0 && ends.allTime.length > 0;
  const selects = [...(cancel ? [] : starts.allTime), ...starts.rest, ...(ends && !cancel ? ends.allTime : []), ...(ends?.rest ?? [])];
  if (!selects.length) return new Map();
  const rows = await readSql<{ member: string; n: unknown }[]>`
    SELECT member, SUM(n) AS n FROM (${Prisma.join(selects, " UNION ALL ")}) pieces GROUP BY member`;
  return new Map(rows.map((row) => [row.member, toNumber(row.n)]));
}

/**
 * The target's events starting in the range per lane member and period, in rows no coarser than `coarsest`
 * (month or year rows; day rows for the partial months, counted from the events). Unknown starts are left out.
 */
export async function countPairLaneStarts(pairs: PairLanes, range: MsRange, coarsest: Grain, members: string[]): Promise<PeriodCount[]> {
  const pieces = countPieces(range.start === null ? null : daysBefore(range.start), range.end === null ? null : daysBefore(range.end), coarsest === YEAR_GRAIN || coarsest === MONTH_GRAIN ? coarsest : DAY_GRAIN);
  return sumByPeriod(pieceSelects({ pairs, members, shape: "period", edge: START, sign: 1, knownStartsOnly: range.start === null }, pieces));
}
