import { dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { eventWhereSql } from "./sql/event-where";
import { planDateWalk } from "./sql/plan-date-walk";
import { COUNT_CAP, countMatchingEvents, type MatchingCount } from "./count-matching-events";
import { parseSearchQuery, type SearchQuery } from "./search/parse-search-query";
import { searchRankSql } from "./search/search-sql";
import { buildSearchSnippets } from "./search/build-search-snippets";
import { findRelevanceIds, type TierTuning } from "./search/find-relevance-ids";
import { hydrateEventPage, hydrateEventsWithTexts, type EventTexts, type HydratedEvents } from "./hydrate-events";
import type { EventSummary } from "./event-summary";
import { planCount } from "./counts/plan-count";
import { fewMatchesInMatrix, matchInMatrix } from "./matrix/match-in-matrix";
import { matrixRelevancePageIds, RANK_IN_MATRIX_AT_MOST } from "./matrix/matrix-relevance";
import { MATRIX_PAGE_DEPTH, matrixPageIds, type MatrixOrder } from "./matrix/matrix-page";

export { hydrateEvents } from "./hydrate-events";

/** "relevance" (the default while searching) ranks by lib/queries/search/search-fields.ts; without a search it is date order. */
export const EVENT_SORTS = ["date", "-date", "title", "-title", "importance", "-importance", "updated", "-updated", "relevance"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface FindEventsOptions {
  filter: ResolvedEventFilter;
  viewer: Viewer;
  sort?: EventSort;
  page?: number;
  pageSize?: number;
  /** Where counting stops (see countMatchingEvents); tests lower it. */
  countCap?: number;
  /** When a one-term search reads relevance tiers rather than ranking every match (see findRelevanceIds); tests lower it. */
  tierTuning?: TierTuning;
}

export interface FindEventsResult {
  rows: EventSummary[];
  /** Matching events; when `totalExact` is false, there are more than this (see countMatchingEvents). */
  total: number;
  totalExact: boolean;
  page: number;
  pageSize: number;
  /** Pages of pageSize; a lower bound when `totalExact` is false. */
  pageCount: number;
  hasNextPage: boolean;
}

// Every order ends in e.id so that pages never overlap or skip rows with equal keys.
const ORDER_BY: Record<Exclude<EventSort, "relevance">, Prisma.Sql> = {
  date: Prisma.sql`e.earliest ASC, e.latest ASC, e.id ASC`,
  "-date": Prisma.sql`e.earliest DESC, e.latest DESC, e.id DESC`,
  title: Prisma.sql`e.title ASC, e.id ASC`,
  "-title": Prisma.sql`e.title DESC, e.id DESC`,
  importance: Prisma.sql`e.importance ASC, e.earliest ASC, e.id ASC`,
  "-importance": Prisma.sql`e.importance DESC, e.earliest ASC, e.id ASC`,
  updated: Prisma.sql`e.updated_at ASC, e.id ASC`,
  "-updated": Prisma.sql`e.updated_at DESC, e.id DESC`,
};

function orderBySql(sort: EventSort, search: SearchQuery | null): Prisma.Sql {
  if (sort !== "relevance") return ORDER_BY[sort];
  if (!search?.terms.length) return ORDER_BY.date;
  return Prisma.sql`${searchRankSql(search)} DESC, e.importance DESC, e.earliest DESC, e.id ASC`;
}

/**
 * One page of events matching the filter, with the total. Filtering, sorting and paging happen in the event matrix
 * where it can (findEventsInMatrix), otherwise in SQL.
 * While searching (filter.q), the default order is relevance and each row carries a highlighted snippet.
 */
export async function findEvents({ filter, viewer, sort, page = 1, pageSize = 25, countCap = COUNT_CAP, tierTuning }: FindEventsOptions): Promise<FindEventsResult> {
  const search = filter.q ? parseSearchQuery(filter.q) : null;
  const effectiveSort = sort ?? (search ? "relevance" : "date");
  const byDate = effectiveSort === "date" || effectiveSort === "-date" || (effectiveSort === "relevance" && !search?.terms.length);
  const fromMatrix = await findEventsInMatrix({ filter, viewer, page, pageSize }, byDate && effectiveSort === "relevance" ? "date" : effectiveSort, search);
  if (fromMatrix) return fromMatrix;
  const order = orderBySql(effectiveSort, search);
  const plan = byDate ? await planDateWalk(filter) : null;
  if (plan?.matchesNothing) return { rows: [], total: 0, totalExact: true, page, pageSize, pageCount: 1, hasNextPage: false };
  const where = eventWhereSql(filter, viewer, undefined, plan?.walk);
  const offset = (page - 1) * pageSize;
  // One row past the page tells whether a next page exists even when the count stops at its cap.
  const pageIds = Prisma.sql`SELECT e.id FROM events e WHERE ${where} ORDER BY ${order} LIMIT ${pageSize + 1} OFFSET ${offset}`;
  const withTexts = Boolean(search?.terms.length);
  const readIds = async () => {
    const tiered = effectiveSort === "relevance" && search
      ? await findRelevanceIds({ filter, viewer, search, offset, limit: pageSize + 1, tuning: tierTuning })
      : null;
    return tiered ?? (await readSql<{ id: number | bigint }[]>(pageIds)).map((row) => Number(row.id));
  };
  const [loaded, counted] = await loadPageAndCount(
    search ? loadPageById(readIds, pageSize, withTexts) : loadPageInOneQuery(pageIds, pageSize, order),
    () => countMatchingEvents(filter, viewer, countCap),
    offset,
  );
  const { hasNextPage } = loaded;
  const rows = search && withTexts ? withSnippets(loaded.rows, loaded.texts, search) : loaded.rows;
  const { total, totalExact } = pageTotal(counted, offset, rows.length, hasNextPage);
  const pageCount = Math.max(1, Math.ceil(total / pageSize), totalExact ? 0 : page + 1);
  return { rows, total, totalExact, page, pageSize, pageCount, hasNextPage };
}

const MATRIX_ORDERS: readonly EventSort[] = ["date", "-date", "importance", "-importance"];

/**
 * A page the event matrix can give (see planCount): every match in memory, the page's ids kept in order in one walk
 * over them, the total exact, then the page hydrated. By relevance, when the matches are few, their ranks are read
 * for them alone (matrix-relevance.ts). Null when the order needs a column the matrix does not hold (title,
 * updated), the page is deep, a relevance page has many matches, or there is no matrix: SQL pages those.
 */
async function findEventsInMatrix({ filter, viewer, page, pageSize }: { filter: ResolvedEventFilter; viewer: Viewer; page: number; pageSize: number }, sort: EventSort, search: SearchQuery | null): Promise<FindEventsResult | null> {
  const offset = (page - 1) * pageSize;
  if (planCount(filter, viewer, "events").table !== "event_matrix") return null;
  const ranked = sort === "relevance" && Boolean(search?.terms.length);
  if (!ranked && (!MATRIX_ORDERS.includes(sort) || offset + pageSize + 1 > MATRIX_PAGE_DEPTH)) return null;
  const match = ranked ? await fewMatchesInMatrix(filter, viewer, RANK_IN_MATRIX_AT_MOST) : await matchInMatrix(filter, viewer);
  if (!match) return null;
  const ids = ranked ? await matrixRelevancePageIds(match, search!, offset, pageSize) : matrixPageIds(match, sort as MatrixOrder, offset, pageSize);
  const withTexts = Boolean(search?.terms.length);
  const loaded = await hydrateEventsWithTexts(ids, withTexts);
  const rows = search && withTexts ? withSnippets(loaded.rows, loaded.texts, search) : loaded.rows;
  const total = match.slots.length;
  return { rows, total, totalExact: true, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), hasNextPage: offset + rows.length < total };
}

/**
 * A search page reads its ids first, then hydrates them; other pages do both in one statement (one round
 * trip less). A search often finds few or no events, and an empty page then compiles no hydration
 * statement (in one statement, a word nobody used cost more on both databases: BENCHMARKS.md, “Figures:
 * lists”); by relevance, the rank would also be evaluated again (SQLite re-runs each term's match).
 * A one-term search by relevance reads its ids tier by tier (findRelevanceIds).
 */
async function loadPageById(readIds: () => Promise<number[]>, pageSize: number, withTexts: boolean): Promise<LoadedPage> {
  const ids = await readIds();
  const loaded = await hydrateEventsWithTexts(ids.slice(0, pageSize), withTexts);
  return { ...loaded, hasNextPage: ids.length > pageSize };
}

async function loadPageInOneQuery(pageIds: Prisma.Sql, pageSize: number, order: Prisma.Sql): Promise<LoadedPage> {
  const loaded = await hydrateEventPage(pageIds, order, false);
  return { rows: loaded.rows.slice(0, pageSize), texts: loaded.texts, hasNextPage: loaded.rows.length > pageSize };
}

/** The rows of one page (at most pageSize) and whether the query found one more. */
interface LoadedPage extends HydratedEvents {
  hasNextPage: boolean;
}

/**
 * The page and the count. A page with rows but no next page, or an empty first page, knows the exact
 * total itself: on SQLite, whose driver runs one query at a time anyway, the count is then not run at all
 * (a rare search or a narrow filter costs one query less). On PostgreSQL both run at once on the pool.
 */
async function loadPageAndCount(page: Promise<LoadedPage>, count: () => Promise<MatchingCount>, offset: number): Promise<[LoadedPage, MatchingCount]> {
  if (dialect === "postgres") return Promise.all([page, count()]);
  const loaded = await page;
  const known = !loaded.hasNextPage && (loaded.rows.length > 0 || offset === 0);
  return [loaded, known ? { count: offset + loaded.rows.length, exact: true } : await count()];
}

/** Each row with its highlighted snippet, cut from the texts read with the page. */
function withSnippets(rows: EventSummary[], texts: Map<number, EventTexts>, search: SearchQuery): EventSummary[] {
  const snippets = buildSearchSnippets(rows.map((row) => ({ id: row.id, summary: row.summary, body: "", sourceTitles: [], ...texts.get(row.id) })), search);
  return rows.map((row) => (snippets.has(row.id) ? { ...row, snippet: snippets.get(row.id) } : row));
}

/** Past the count's cap, a page that has rows but no next page knows the exact total; one with a next page raises the lower bound. */
function pageTotal(counted: MatchingCount, offset: number, rowCount: number, hasNextPage: boolean) {
  if (counted.exact) return { total: counted.count, totalExact: true };
  if (rowCount > 0 && !hasNextPage) return { total: offset + rowCount, totalExact: true };
  return { total: Math.max(counted.count, offset + rowCount), totalExact: false };
}

/** The exact number of matching events: linear in the matches, for tests and rare paths; lists use countMatchingEvents. */
export async function countEvents(filter: ResolvedEventFilter, viewer: Viewer): Promise<number> {
  return (await countMatchingEvents(filter, viewer, Number.POSITIVE_INFINITY)).count;
}
