import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "../sql/dialect-sql";
import { topicSubsetMembers } from "./topic-subsets";
import { ALL_TIME_PIECE, countPieces, DAY_GRAIN, daysBefore, daysUpTo, ONGOING_PERIOD, UNKNOWN_PERIOD, YEAR_GRAIN, yearOfDay, type CountPiece, type Grain } from "./count-pieces";
import type { CountScope } from "./count-scope";
import { countedSql, intParam, LINKS_MEMBER, NONE_MEMBER, statusesOf } from "./count-columns";
import { liveEdgeSelect } from "./live-edge-sql";

export type CountDim = "all" | "topic" | "actor" | "country" | "topicset";

const START = 0;
const END = 1;

/** ms bounds of a half-open period; null where open. */
export interface MsRange {
  start: number | null;
  end: number | null;
}


type Shape = "member" | "period";

interface PieceQuery {
  shape: Shape;
  edge: number;
  /** 1 adds the rows, -1 subtracts them. */
  sign: 1 | -1;
  dims: CountDim[];
  scope: CountScope;
  members: string[] | null;
  /** Leave out unknown starts (a "start" count with an open beginning). */
  knownStartsOnly?: boolean;
  /** What to report as the member, in place of the member column. */
  memberAs?: Prisma.Sql;
}


function storedSelect(query: PieceQuery, dims: CountDim[], piece: CountPiece): Prisma.Sql {
  const counted = countedSql(query.scope.minImportance);
  const n = query.sign === 1 ? counted : Prisma.sql`-${counted}`;
  const member = query.memberAs ?? Prisma.sql`member`;
  const columns = query.shape === "member" ? Prisma.sql`dim, ${member} AS member, ${n} AS n` : Prisma.sql`${member} AS member, grain, period, ${n} AS n`;
  const members = query.members === null ? Prisma.empty : query.members.length ? Prisma.sql` AND member IN (${Prisma.join(query.members)})` : Prisma.sql` AND 1 = 0`;
  const known = query.knownStartsOnly ? Prisma.sql` AND period <> ${intParam(UNKNOWN_PERIOD)}` : Prisma.empty;
  return Prisma.sql`SELECT ${columns} FROM event_counts
    WHERE edge = ${intParam(query.edge)} AND dim IN (${Prisma.join(dims)}) AND status IN (${Prisma.join(statusesOf(query.scope))})
      AND grain = ${intParam(piece.grain)} AND period >= ${intParam(piece.from)} AND period < ${intParam(piece.to)}${members}${known}`;
}

/**
 * Actors have no day rows in event_counts (two thousand actors by day would outweigh every other
 * row); their day pieces, at most a month at each end of a range, are counted from the events.
 */
function liveActorSelect(query: PieceQuery, piece: CountPiece): Prisma.Sql {
  const members = query.members?.filter((member) => /^\d+$/.test(member) || member === NONE_MEMBER || member === LINKS_MEMBER) ?? null;
  return liveEdgeSelect({ ...query, members, lane: "actor", lead: Prisma.sql`CAST('actor' AS TEXT) AS dim, ` }, piece);
}

function pieceSelects(query: PieceQuery, pieces: CountPiece[]): Prisma.Sql[] {
  const selects: Prisma.Sql[] = [];
  for (const piece of pieces) {
    const live = piece.grain === DAY_GRAIN && query.dims.includes("actor");
    const stored = live ? query.dims.filter((dim) => dim !== "actor") : query.dims;
    if (stored.length) selects.push(storedSelect(query, stored, piece));
    if (live) selects.push(liveActorSelect(query, piece));
  }
  return selects;
}


/**
 * Rows before a day, read the cheaper way: directly, or as all time less the rows from that day on,
 * whichever side holds fewer events (the answer is the same; only the rows read differ).
 */
function prefixSelects(query: PieceQuery, endDay: number | null, years: YearWeights | null): Prisma.Sql[] {
  if (endDay === null) return pieceSelects(query, [ALL_TIME_PIECE]);
  if (!fewerFrom(years, endDay)) return pieceSelects(query, countPieces(null, endDay));
  return [...pieceSelects(query, [ALL_TIME_PIECE]), ...pieceSelects({ ...query, sign: query.sign === 1 ? -1 : 1 }, countPieces(endDay, null))];
}

/** Whether fewer events start on or after the day than before it: rows before it are then cheaper read as all time less the rows from it on. */
export async function fewerEventsFrom(day: number): Promise<boolean> {
  return fewerFrom(await findYearWeights(), day);
}

function fewerFrom(years: YearWeights | null, day: number): boolean {
  if (years === null) return false;
  const from = years.eventsFrom(yearOfDay(day));
  return from < years.total - from;
}

interface YearWeights {
  total: number;
  /** Events starting in this year or later. */
  eventsFrom(year: number): number;
}

let yearWeights: { value: YearWeights | null; at: number } | null = null;

/** Events per year, kept a minute: only a hint for prefixSelects, never part of an answer. */
async function findYearWeights(): Promise<YearWeights | null> {
  if (yearWeights && Date.now() - yearWeights.at < 60_000) return yearWeights.value;
  const rows = await readSql<{ period: unknown; n: unknown }[]>`
    SELECT period, SUM(${countedSql(1)}) AS n FROM event_counts
    WHERE edge = ${intParam(START)} AND dim = 'all' AND grain = ${intParam(YEAR_GRAIN)} GROUP BY period`;
  const perYear = rows.map((row) => ({ year: toNumber(row.period), n: toNumber(row.n) }));
  const total = perYear.reduce((sum, row) => sum + row.n, 0);
  const value = perYear.length ? { total, eventsFrom: (year: number) => perYear.reduce((sum, row) => sum + (row.year >= year ? row.n : 0), 0) } : null;
  yearWeights = { value, at: Date.now() };
  return value;
}

/** Pieces of edge-0 rows for events starting in the range. */
function startPieces(range: MsRange, coarsest?: Grain): CountPiece[] {
  return countPieces(range.start === null ? null : daysBefore(range.start), range.end === null ? null : daysBefore(range.end), coarsest);
}

export interface MemberCount {
  dim: CountDim;
  member: string;
  n: number;
}

/**
 * Events per member of each dimension, counted from event_counts. "overlap": events that overlap the
 * range (they start before its end and end after its start: starts before the end minus ends up to
 * the start). "start": events that start in it, as eventWhereSql's start match reads it (unknown
 * starts only left out when the range is open on both sides). "knownStart": those with a known start.
 */
export async function countByMember(scope: CountScope, dims: CountDim[], range: MsRange, how: "overlap" | "start" | "knownStart", members: string[] | null = null): Promise<MemberCount[]> {
  const base = { shape: "member" as const, dims, scope, members };
  let selects: Prisma.Sql[];
  if (how === "overlap") {
    const years = await findYearWeights();
    selects = [
      ...prefixSelects({ ...base, edge: START, sign: 1 }, range.end === null ? null : daysBefore(range.end), years),
      ...(range.start === null ? [] : prefixSelects({ ...base, edge: END, sign: -1 }, daysUpTo(range.start), years)),
    ];
  } else {
    selects = pieceSelects({ ...base, edge: START, sign: 1, knownStartsOnly: how === "knownStart" || (range.start === null && range.end === null) }, startPieces(range));
  }
  if (!selects.length) return [];
  const rows = await readSql<{ dim: CountDim; member: string; n: unknown }[]>`
    SELECT dim, member, SUM(n) AS n FROM (${Prisma.join(selects, " UNION ALL ")}) pieces GROUP BY dim, member`;
  return rows.map((row) => ({ dim: row.dim, member: row.member, n: toNumber(row.n) }));
}

export interface PeriodCount {
  member: string;
  grain: Grain;
  period: number;
  n: number;
}

/**
 * Events starting in the range per member and period, in rows no coarser than `coarsest` (so a
 * caller can place each row in one bucket of that grain). Unknown starts are left out.
 */
export async function countStartsByPeriod(scope: CountScope, dim: CountDim, range: MsRange, coarsest: Grain, members: string[] | null = null): Promise<PeriodCount[]> {
  return sumByPeriod(pieceSelects({ shape: "period", edge: START, sign: 1, dims: [dim], scope, members, knownStartsOnly: range.start === null }, startPieces(range, coarsest)));
}

/** The rows of "period"-shaped pieces (member, grain, period, n) summed per member and period, zeros left out. */
export async function sumByPeriod(selects: Prisma.Sql[]): Promise<PeriodCount[]> {
  if (!selects.length) return [];
  const rows = await readSql<{ member: string; grain: unknown; period: unknown; n: unknown }[]>`
    SELECT member, grain, period, SUM(n) AS n FROM (${Prisma.join(selects, " UNION ALL ")}) pieces
    GROUP BY member, grain, period HAVING SUM(n) <> 0`;
  return rows.map((row) => ({ member: row.member, grain: toNumber(row.grain) as Grain, period: toNumber(row.period), n: toNumber(row.n) }));
}

/** The first and last day on which a counted event starts in the range (unknown starts excluded), or null. */
export async function findStartDayExtent(scope: CountScope, range: MsRange): Promise<{ first: number; last: number } | null> {
  const query = { shape: "period" as const, edge: START, sign: 1 as const, dims: ["all" as CountDim], scope, members: null, knownStartsOnly: true };
  const selects = pieceSelects(query, startPieces(range, DAY_GRAIN));
  if (!selects.length) return null;
  const rows = await readSql<{ first: unknown; last: unknown }[]>`
    SELECT MIN(period) AS first, MAX(period) AS last FROM (${Prisma.join(selects, " UNION ALL ")}) pieces WHERE n > 0`;
  const row = rows[0];
  return row?.first === null || row?.first === undefined ? null : { first: toNumber(row.first), last: toNumber(row.last) };
}

/**
 * Events starting in the range per period whose topics all lie among `topIds` (each event once), from
 * the "topicset" rows: one row per set of topics, so the sets inside the top are listed and looked up.
 */
export async function countStartsWithinTopics(scope: CountScope, range: MsRange, coarsest: Grain, topIds: number[]): Promise<PeriodCount[]> {
  if (!topIds.length) return [];
  return countStartsByPeriod(scope, "topicset", range, coarsest, topicSubsetMembers(topIds));
}

/** The last day of the counted events that end (ongoing ones excluded), and how many are ongoing. */
export async function findEndDayExtent(scope: CountScope): Promise<{ last: number | null; ongoing: number }> {
  const counted = countedSql(scope.minImportance);
  const rows = await readSql<{ last: unknown; ongoing: unknown }[]>`
    SELECT
      (SELECT MAX(period) FROM event_counts WHERE edge = ${intParam(END)} AND dim = 'all' AND status IN (${Prisma.join(statusesOf(scope))})
        AND grain = ${intParam(DAY_GRAIN)} AND period < ${intParam(ONGOING_PERIOD)} AND ${counted} > 0) AS last,
      (SELECT SUM(${counted}) FROM event_counts WHERE edge = ${intParam(END)} AND dim = 'all' AND status IN (${Prisma.join(statusesOf(scope))})
        AND grain = ${intParam(DAY_GRAIN)} AND period = ${intParam(ONGOING_PERIOD)}) AS ongoing`;
  const row = rows[0];
  return { last: row?.last === null || row?.last === undefined ? null : toNumber(row.last), ongoing: toNumber(row?.ongoing) };
}
