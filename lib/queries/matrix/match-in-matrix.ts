import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { parseSearchQuery } from "../search/parse-search-query";
import type { Window } from "../sql/event-where";
import type { EventMatrix } from "./event-matrix";
import { matchSlots, matchSlotsUpTo, type MatchedSlots } from "./match-matrix";
import { currentMatrix, searchPostingsOf } from "./matrix-source";
import { probeSearchIds, SEARCH_POSTINGS_TUNING } from "./search-postings";

/** The events a filter matches, in the matrix. */
export interface MatrixMatch {
  matrix: EventMatrix;
  slots: MatchedSlots;
}

/**
 * The filter's matches in the matrix (within a timeline window if given), or null when there is no matrix to ask
 * (off, or being rebuilt): count in SQL then. `searches` keeps one search's ids for the calls of one request (the dashboard asks for this period and the
 * last with the same words).
 */
export async function matchInMatrix(filter: ResolvedEventFilter, viewer: Viewer, searches = new Map<string, Promise<Int32Array>>(), window?: Window): Promise<MatrixMatch | null> {
  const matrix = await currentMatrix();
  if (!matrix) return null;
  const slots = await matchWith(matrix, filter, viewer, searches, window, Number.POSITIVE_INFINITY);
  return slots && { matrix, slots };
}

/**
 * The filter's matches when there are at most `atMost`, and that is known without reading a search's matches from
 * the index: the rest of the filter leaves that few, or the search's matches are kept in memory. Null otherwise
 * (or with no matrix): the caller then asks SQL, which has ways of its own for many matches.
 */
export async function fewMatchesInMatrix(filter: ResolvedEventFilter, viewer: Viewer, atMost: number): Promise<MatrixMatch | null> {
  const matrix = await currentMatrix();
  if (!matrix) return null;
  const slots = await matchWith(matrix, filter, viewer, new Map(), undefined, atMost);
  return slots && slots.length <= atMost ? { matrix, slots } : null;
}

function withoutText(filter: ResolvedEventFilter): ResolvedEventFilter {
  const rest = { ...filter };
  delete rest.q;
  return rest;
}

/**
 * The matches, or null when the text would have to be read from the index and the rest of the filter leaves more
 * than `readAbove` events. The text is tested on the rest's events one by one when they are few enough
 * (SEARCH_POSTINGS_TUNING.probeAtMost), else its matches come from memory or the index.
 */
async function matchWith(matrix: EventMatrix, filter: ResolvedEventFilter, viewer: Viewer, searches: Map<string, Promise<Int32Array>>, window: Window | undefined, readAbove: number): Promise<MatchedSlots | null> {
  const q = filter.q;
  if (!q) return matchSlots(matrix, filter, viewer, null, window);
  const query = parseSearchQuery(q);
  const postings = searchPostingsOf(matrix);
  const kept = searches.has(q) ? null : postings.cached(query);
  if (kept) searches.set(q, Promise.resolve(kept));
  // Not known without reading the index: learn first whether the rest of the filter is narrow, walking it only as far
  // as that takes (a filter with no facet leaves many events and stops early).
  const narrowAt = Math.max(SEARCH_POSTINGS_TUNING.probeAtMost, Number.isFinite(readAbove) ? readAbove : 0);
  if (!searches.has(q) && narrowAt > 0) {
    const rest = matchSlotsUpTo(matrix, withoutText(filter), viewer, null, window, narrowAt);
    if (rest && rest.length <= SEARCH_POSTINGS_TUNING.probeAtMost) {
      const ids = await probeSearchIds(query, Array.from(rest, (slot) => matrix.ids[slot]!));
      return matchSlots(matrix, filter, viewer, ids, window);
    }
    // More than narrowAt, so more than readAbove: the caller asks SQL.
    if (!rest && Number.isFinite(readAbove)) return null;
  }
  if (!searches.has(q)) searches.set(q, postings.ids(query));
  return matchSlots(matrix, filter, viewer, await searches.get(q)!, window);
}
