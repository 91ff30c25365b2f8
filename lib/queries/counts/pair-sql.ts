import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "../sql/dialect-sql";
import { MONTH_GRAIN, ONGOING_PERIOD, UNKNOWN_PERIOD, YEAR_GRAIN, type Grain } from "./count-pieces";
import { countedSql, intParam, statusesOf } from "./count-columns";
import type { PairTarget } from "./count-scope";
import type { MemberCount, PeriodCount } from "./count-sql";
import { topicSubsetMembers } from "./topic-subsets";

/**
 * Readers of event_pair_counts (migration 20261124160000_event_pair_counts): for one topic, actor or
 * country, its events counted per member of another dimension — all time for topics, actors and
 * countries, by month and year (of the start) for topics, "no topic", exact topic sets and ongoing
 * events (dim2 'end', member2 'ongoing'). The key
 * (dim, member, dim2, grain, member2, period, status) makes each read one range of the target's rows.
 */

type PairDim = "topic" | "actor" | "country";
const ALL_TIME_GRAIN = 3;

function targetRowsSql(target: PairTarget): Prisma.Sql {
  return Prisma.sql`dim = ${target.dim} AND member = ${target.member} AND status IN (${Prisma.join(statusesOf(target.scope))})`;
}

/** The target's events per member of each dimension, over all time; the target's own dimension includes itself (its total). */
export async function countPairsByMember(target: PairTarget, dims: PairDim[]): Promise<MemberCount[]> {
  const rows = await readSql<{ dim: PairDim; member: string; n: unknown }[]>`
    SELECT dim2 AS dim, member2 AS member, SUM(${countedSql(target.scope.minImportance)}) AS n
    FROM event_pair_counts
    WHERE ${targetRowsSql(target)} AND dim2 IN (${Prisma.join(dims)}) AND grain = ${intParam(ALL_TIME_GRAIN)}
    GROUP BY dim2, member2`;
  return rows.map((row) => ({ dim: row.dim, member: row.member, n: toNumber(row.n) })).filter((row) => row.n > 0);
}

/** The target's events with a known start, per topic: all time less the year rows of unknown starts. */
export async function countPairTopicsWithKnownStart(target: PairTarget): Promise<MemberCount[]> {
  const counted = countedSql(target.scope.minImportance);
  const rows = await readSql<{ member: string; n: unknown }[]>`
    SELECT member2 AS member, SUM(CASE WHEN grain = ${intParam(ALL_TIME_GRAIN)} THEN ${counted} ELSE -${counted} END) AS n
    FROM event_pair_counts
    WHERE ${targetRowsSql(target)} AND dim2 = 'topic'
      AND (grain = ${intParam(ALL_TIME_GRAIN)} OR grain = ${intParam(YEAR_GRAIN)} AND period = ${intParam(UNKNOWN_PERIOD)})
    GROUP BY member2`;
  return rows.map((row) => ({ dim: "topic" as const, member: row.member, n: toNumber(row.n) })).filter((row) => row.n > 0);
}

/**
 * The target's own events by month of their start, from event_counts (edge 0; actors have month rows
 * too), unknown starts in period UNKNOWN_PERIOD. A few hundred rows for decades of history.
 */
export async function countTargetStartsByMonth(target: PairTarget): Promise<PeriodCount[]> {
  const rows = await readSql<{ period: unknown; n: unknown }[]>`
    SELECT period, SUM(${countedSql(target.scope.minImportance)}) AS n
    FROM event_counts
    WHERE edge = ${intParam(0)} AND dim = ${target.dim} AND status IN (${Prisma.join(statusesOf(target.scope))})
      AND grain = ${intParam(MONTH_GRAIN)} AND member = ${target.member}
    GROUP BY period HAVING SUM(${countedSql(target.scope.minImportance)}) <> 0`;
  return rows.map((row) => ({ member: target.member, grain: MONTH_GRAIN, period: toNumber(row.period), n: toNumber(row.n) }));
}

/** The target's events with an unknown start that are ongoing: its ('end', 'ongoing') year row of unknown starts. */
export async function countPairUnknownOngoing(target: PairTarget): Promise<number> {
  const rows = await readSql<{ n: unknown }[]>`
    SELECT SUM(${countedSql(target.scope.minImportance)}) AS n FROM event_pair_counts
    WHERE ${targetRowsSql(target)} AND dim2 = 'end' AND grain = ${intParam(YEAR_GRAIN)} AND member2 = 'ongoing' AND period = ${intParam(UNKNOWN_PERIOD)}`;
  return toNumber(rows[0]?.n);
}

/** The target's events by period of their start (known starts only) per topic or topic set, at a month or year grain. */
export async function countPairStartsByPeriod(target: PairTarget, dim2: "topic" | "topicset", grain: Grain, members: string[]): Promise<PeriodCount[]> {
  if (!members.length) return [];
  const rows = await readSql<{ member: string; period: unknown; n: unknown }[]>`
    SELECT member2 AS member, period, SUM(${countedSql(target.scope.minImportance)}) AS n
    FROM event_pair_counts
    WHERE ${targetRowsSql(target)} AND dim2 = ${dim2} AND grain = ${intParam(grain)} AND member2 IN (${Prisma.join(members)})
      AND period > ${intParam(UNKNOWN_PERIOD)} AND period < ${intParam(ONGOING_PERIOD)}
    GROUP BY member2, period HAVING SUM(${countedSql(target.scope.minImportance)}) <> 0`;
  return rows.map((row) => ({ member: row.member, grain, period: toNumber(row.period), n: toNumber(row.n) }));
}

/** The target's events per period whose topics all lie among `topIds` (see countStartsWithinTopics). */
export async function countPairStartsWithinTopics(target: PairTarget, grain: Grain, topIds: number[]): Promise<PeriodCount[]> {
  return topIds.length ? countPairStartsByPeriod(target, "topicset", grain, topicSubsetMembers(topIds)) : [];
}
