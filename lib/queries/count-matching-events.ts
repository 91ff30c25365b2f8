import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { eventWhereSql } from "./sql/event-where";
import { toNumber } from "./sql/dialect-sql";
import { planCount, type CountPlanner } from "./counts/plan-count";
import { countByMember } from "./counts/count-sql";
import { parseSearchQuery } from "./search/parse-search-query";
import { searchFirstFromSql } from "./search/search-sql";
import { matchInMatrix } from "./matrix/match-in-matrix";

/**
 * How far lists count exactly. An exact COUNT(*) reads every matching index entry: about a million at 1M
 * events, seconds on this machine. Counting stops after COUNT_CAP + 1 rows instead, which costs a few
 * milliseconds on either database, and 10,000 is past anything a reader pages through by hand (200
 * pages of 50): beyond it "10,000+" says as much as the exact figure would.
 */
export const COUNT_CAP = 10_000;

export interface MatchingCount {
  /** The number of matching events; when `exact` is false, there are more than this. */
  count: number;
  exact: boolean;
}

/**
 * The single place that counts the events of a list. Exact from event_counts or the event matrix when the planner
 * allows (see planCount); otherwise counts at most `cap + 1` rows (COUNT over a LIMITed
 * subquery) and answers `{ count: cap, exact: false }` past the cap. `cap = Infinity` counts exactly,
 * linear in the matches: only for rare paths (a bookmarked page past the end of a long list).
 */
export async function countMatchingEvents(filter: ResolvedEventFilter, viewer: Viewer, cap: number = COUNT_CAP, planner: CountPlanner = planCount): Promise<MatchingCount> {
  const plan = planner(filter, viewer, "events");
  if (plan.table === "event_counts") {
    const { target } = plan;
    const rows = await countByMember(target.scope, [target.dim], target.scope.period, target.scope.match, [target.member]);
    return { count: rows[0]?.n ?? 0, exact: true };
  }
  const match = plan.table === "event_matrix" ? await matchInMatrix(filter, viewer) : null;
  if (match) return { count: match.slots.length, exact: true };
  if (!Number.isFinite(cap)) {
    const rows = await readSql<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM events e WHERE ${eventWhereSql(filter, viewer)}`;
    return { count: toNumber(rows[0]?.n), exact: true };
  }
  const limit = Math.max(0, Math.floor(cap)) + 1;
  const rows = await readSql<{ n: unknown }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM (${cappedRowsSql(filter, viewer)} LIMIT ${limit}) capped`);
  const n = toNumber(rows[0]?.n);
  return n >= limit ? { count: limit - 1, exact: false } : { count: n, exact: true };
}

/**
 * The rows a capped count reads. A text search without a topic, actor or country filter reads the text's
 * matches first (searchFirstFromSql), so that it stops at the cap; with one, the filter's smaller list
 * usually leads, and the general form lets the planner choose.
 */
function cappedRowsSql(filter: ResolvedEventFilter, viewer: Viewer): Prisma.Sql {
  const search = filter.q && !filter.topicIds.length && !filter.actorIds.length && !filter.countries.length ? parseSearchQuery(filter.q) : null;
  const from = search ? searchFirstFromSql(search) : null;
  if (!from) return Prisma.sql`SELECT 1 AS one FROM events e WHERE ${eventWhereSql(filter, viewer)}`;
  return Prisma.sql`SELECT 1 AS one FROM ${from} WHERE ${eventWhereSql({ ...filter, q: undefined }, viewer)}`;
}
