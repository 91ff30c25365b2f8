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
  if (!filter.q) return matchSlots(matrix, filter, viewer, null, window);
  const query = parseSearchQuery(filter.q);
  const postings = searchPostingsOf(matrix);
  const known = searches.has(filter.q) || postings.cached(query) !== null;
  const { probeAtMost } = SEARCH_POSTINGS_TUNING;
  if (!known && (probeAtMost > 0 || Number.isFinite(readAbove))) {
    // Walked only as far as it is useful to know: a filter with no facet leaves many events, and stops early.
    const rest = matchSlotsUpTo(matrix, withoutText(filter), viewer, null, window, Number.isFinite(readAbove) ? Math.max(probeAtMost, readAbove) : probeAtMost);
    if (rest && rest.length <= probeAtMost) {
      const ids = await probeSearchIds(query, Array.from(rest, (slot) => matrix.ids[slot]!));
      return matchSlots(matrix, filter, viewer, ids, window);
    }
    if (Number.isFinite(readAbove) && (rest === null || rest.length > readAbove)) return null;
  }
  if (!searches.has(filter.q)) searches.set(filter.q, postings.ids(query));
  return matchSlots(matrix, filter, viewer, await searches.get(filter.q)!, window);
}
