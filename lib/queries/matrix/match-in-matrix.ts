import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { parseSearchQuery } from "../search/parse-search-query";
import type { Window } from "../sql/event-where";
import type { EventMatrix } from "./event-matrix";
import { matchSlots, type MatchedSlots } from "./match-matrix";
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
  if (!filter.q) return { matrix, slots: matchSlots(matrix, filter, viewer, null, window) };
  const query = parseSearchQuery(filter.q);
  const postings = searchPostingsOf(matrix);
  if (!searches.has(filter.q) && !postings.cached(query) && SEARCH_POSTINGS_TUNING.probeAtMost > 0) {
    const withoutText = { ...filter };
    delete withoutText.q;
    const rest = matchSlots(matrix, withoutText, viewer, null, window);
    if (rest.length <= SEARCH_POSTINGS_TUNING.probeAtMost) {
      const ids = await probeSearchIds(query, Array.from(rest, (slot) => matrix.ids[slot]!));
      return { matrix, slots: matchSlots(matrix, filter, viewer, ids, window) };
    }
  }
  if (!searches.has(filter.q)) searches.set(filter.q, postings.ids(query));
  return { matrix, slots: matchSlots(matrix, filter, viewer, await searches.get(filter.q)!, window) };
}
