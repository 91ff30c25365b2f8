import { readSql } from "@/lib/db/read-sql";
import type { SearchQuery } from "../search/parse-search-query";
import { rankedEventsSql } from "../search/search-sql";
import type { MatrixMatch } from "./match-in-matrix";

/**
 * A page by relevance is ranked here when the filter matches at most this many events: their ranks are read for them
 * alone. More matches go to SQL's relevance tiers, which read the best ranks first (lib/queries/search).
 */
export const RANK_IN_MATRIX_AT_MOST = 2_000;

/**
 * The ids of the matches from `offset`, at most `count`, in find-events.ts's relevance order: the rank (searchRankSql),
 * then importance, start (latest first) and id.
 */
export async function matrixRelevancePageIds({ matrix, slots }: MatrixMatch, query: SearchQuery, offset: number, count: number): Promise<number[]> {
  if (!slots.length) return [];
  const { ids, importance, earliest } = matrix;
  const rows = await readSql<{ id: unknown; rank: unknown }[]>(rankedEventsSql(query, Array.from(slots, (slot) => ids[slot]!)));
  const ranks = new Map(rows.map((row) => [Number(row.id), Number(row.rank)]));
  const rank = (slot: number) => ranks.get(ids[slot]!) ?? 0;
  const order = Array.from(slots).sort((a, b) => rank(b) - rank(a) || importance[b]! - importance[a]! || earliest[b]! - earliest[a]! || ids[a]! - ids[b]!);
  return order.slice(offset, offset + count).map((slot) => ids[slot]!);
}
