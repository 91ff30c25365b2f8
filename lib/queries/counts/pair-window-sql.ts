import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import { dayIndexSql, toNumber } from "../sql/dialect-sql";
import { countPieces, DAY_GRAIN, DAY_MS, daysBefore, daysUpTo, MONTH_GRAIN, ONGOING_PERIOD, UNKNOWN_PERIOD, YEAR_GRAIN, type CountPiece, type Grain } from "./count-pieces";
import { countedSql, intParam, statusesOf } from "./count-columns";
import type { CountScope } from "./count-scope";
import { fewerEventsFrom, type MsRange, type PeriodCount } from "./count-sql";

/**
 * Events of one topic, actor or country per lane (topic, actor or country) over a range, from event_pair_counts'
 * start rows (grains 1, 2: month and year of the first day) and end rows (grains 4, 5: of the last day), migration
 * 20261125100000_event_pair_count_ends. The rows pair every entity (a link, or "no actor", "no country") with each
 * of the event's topics, so they answer a topic's events per lane of any kind, and an actor's or a country's per
 * topic. Days are not stored: the at most two partial months at the ends of a range are counted from the events.
 */

export type LaneDim = "topic" | "actor" | "country";

/** What pair rows count: a one-member filter's events (scope and member) per member of a lane dimension. */
export interface PairLanes {
  scope: CountScope;
  target: { dim: LaneDim; member: string };
  lanes: LaneDim;
}

/** The member of "no link of the lane's kind" (stored for actors and countries; events of a topic always have one). */
export const NO_LANE_MEMBER = "_none";
/** The member counting every link of the lane's kind, for a topic's lanes: an event with three actors adds three. */
export const LINKS_MEMBER = "_links";

/** Whether the pair rows hold this filter's lanes: a topic's by anything, an actor's or a country's by topic. */
export function hasPairLanes(target: { dim: string }, lanes: string): lanes is LaneDim {
  return (target.dim === "topic" && (lanes === "topic" || lanes === "actor" || lanes === "country")) || ((target.dim === "actor" || target.dim === "country") && lanes === "topic");
}

const LINK_OF: Record<LaneDim, { table: Prisma.Sql; column: Prisma.Sql }> = {
  topic: { table: Prisma.raw("event_topics"), column: Prisma.raw("topic_id") },
  actor: { table: Prisma.raw("event_actors"), column: Prisma.raw("actor_id") },
  country: { table: Prisma.raw("event_countries"), column: Prisma.raw("country_code") },
};

const START = 0;
const END = 1;
/** Start rows at grains 1 and 2, end rows at 4 and 5; all time (3) serves both. */
const storedGrain = (edge: number, grain: Grain) => (grain === 3 ? 3 : grain + (edge === END ? 3 : 0));

interface PieceQuery {
  pairs: PairLanes;
  edge: number;
  sign: 1 | -1;
  /** The lanes' members to read (ids as text, codes, NO_LANE_MEMBER). */
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

/**
 * One day piece from the events: the target's events whose first (or last) day is in it, per lane member, in one
 * pass over them (a year of week buckets reads a topic's 36k events of 2020 once, not once per kind of member).
 * Each event's link rows name a member read or none; '_links' doubles the link rows, '_none' is an event without.
 */
function liveSelect(query: PieceQuery, piece: CountPiece): Prisma.Sql {
  const { pairs, members } = query;
  // The last day is the one before the exclusive latest: shift by one ms, outside the column so the index serves.
  const shift = query.edge === START ? 0 : 1;
  const bound = query.edge === START ? Prisma.sql`e.earliest` : Prisma.sql`e.latest`;
  const target = LINK_OF[pairs.target.dim];
  const lane = LINK_OF[pairs.lanes];
  const where = Prisma.sql`e.deleted_at IS NULL AND e.status IN (${Prisma.join(statusesOf(pairs.scope))}) AND e.importance >= ${pairs.scope.minImportance}
    AND ${bound} >= ${piece.from * DAY_MS + shift} AND ${bound} < ${piece.to * DAY_MS + shift}
    AND EXISTS (SELECT 1 FROM ${target.table} ft WHERE ft.event_id = e.id AND ft.${target.column} = ${pairs.target.member})${query.knownStartsOnly ? Prisma.sql` AND e.earliest > ${DATE_MIN}` : Prisma.empty}`;
  const period = query.edge === START ? dayIndexSql(bound) : Prisma.sql`CASE WHEN e.latest >= ${DATE_MAX} THEN ${ONGOING_PERIOD} ELSE ${dayIndexSql(Prisma.sql`(e.latest - 1)`)} END`;
  const named = members.filter(hasAllTime);
  const linkMember = Prisma.sql`CAST(j.${lane.column} AS TEXT)`;
  const arms = [
    Prisma.sql`WHEN j.event_id IS NULL THEN ${members.includes(NO_LANE_MEMBER) ? Prisma.sql`CAST(${NO_LANE_MEMBER} AS TEXT)` : Prisma.sql`NULL`}`,
    ...(named.length ? [Prisma.sql`WHEN ${linkMember} IN (${Prisma.join(named)}) THEN ${linkMember}`] : []),
  ];
  const links = members.includes(LINKS_MEMBER);
  const rows = Prisma.sql`SELECT CASE ${Prisma.join(arms, " ")} END AS member, j.event_id AS linked, ${period} AS period
    FROM events e LEFT JOIN ${lane.table} j ON j.event_id = e.id WHERE ${where}`;
  const member = links ? Prisma.sql`CASE WHEN k.k = 1 THEN CASE WHEN r.linked IS NOT NULL THEN CAST(${LINKS_MEMBER} AS TEXT) END ELSE r.member END` : Prisma.sql`r.member`;
  const from = links ? Prisma.sql`(${rows}) r CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1 AS k) k` : Prisma.sql`(${rows}) r`;
  const one = Prisma.raw(query.sign === 1 ? "1" : "-1");
  const columns = query.shape === "member" ? Prisma.sql`member, ${one} AS n` : Prisma.sql`member, 0 AS grain, period, ${one} AS n`;
  return Prisma.sql`SELECT ${columns} FROM (SELECT ${member} AS member, r.period AS period FROM ${from}) drawn WHERE member IS NOT NULL`;
}

function pieceSelects(query: PieceQuery, pieces: CountPiece[]): Prisma.Sql[] {
  if (!query.members.length) return [];
  return pieces.map((piece) => (piece.grain === DAY_GRAIN ? liveSelect(query, piece) : storedSelect(query, piece)));
}

/** The all-time row of a pair (grain 3, period 0): its events whatever their dates, the same for both edges. */
const ALL_TIME: CountPiece = { grain: 3 as Grain, from: 0, to: 1 };

/**
 * Members with an all-time row: real topics, actors and countries. "No actor", "all links" and an actor's
 * "no topic" have start and end rows only.
 */
const hasAllTime = (member: string) => member !== NO_LANE_MEMBER && member !== LINKS_MEMBER;

/**
 * Rows of one edge before a day, the cheaper way: directly, or as all time less the rows from that day on, when
 * fewer events lie after it (a topic's 2,000 actors over 37 years are 74,000 year rows; all time is 2,000).
 */
async function prefixSelects(query: PieceQuery, endDay: number | null): Promise<Prisma.Sql[]> {
  const withAllTime = query.members.filter(hasAllTime);
  const without = query.members.filter((member) => !hasAllTime(member));
  if (endDay === null) return [...pieceSelects({ ...query, members: withAllTime }, [ALL_TIME]), ...pieceSelects({ ...query, members: without }, countPieces(null, null))];
  if (!withAllTime.length || !(await fewerEventsFrom(endDay))) return pieceSelects(query, countPieces(null, endDay));
  return [
    ...pieceSelects({ ...query, members: withAllTime }, [ALL_TIME]),
    ...pieceSelects({ ...query, members: withAllTime, sign: query.sign === 1 ? -1 : 1 }, countPieces(endDay, null)),
    ...pieceSelects({ ...query, members: without }, countPieces(null, endDay)),
  ];
}

/**
 * The target's events overlapping the range per lane member: those starting before its end, less those ending
 * (by their last day) before its start. Unknown starts start before any range.
 */
export async function countPairLanesOverlap(pairs: PairLanes, range: MsRange, members: string[]): Promise<Map<string, number>> {
  const base = { pairs, members, shape: "member" as const };
  const selects = [
    ...(await prefixSelects({ ...base, edge: START, sign: 1 }, range.end === null ? null : daysBefore(range.end))),
    ...(range.start === null ? [] : await prefixSelects({ ...base, edge: END, sign: -1 }, daysUpTo(range.start))),
  ];
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
  const selects = pieceSelects({ pairs, members, shape: "period", edge: START, sign: 1, knownStartsOnly: range.start === null }, pieces);
  if (!selects.length) return [];
  const rows = await readSql<{ member: string; grain: unknown; period: unknown; n: unknown }[]>`
    SELECT member, grain, period, SUM(n) AS n FROM (${Prisma.join(selects, " UNION ALL ")}) pieces
    GROUP BY member, grain, period HAVING SUM(n) <> 0`;
  return rows.map((row) => ({ member: row.member, grain: toNumber(row.grain) as Grain, period: toNumber(row.period), n: toNumber(row.n) }));
}
