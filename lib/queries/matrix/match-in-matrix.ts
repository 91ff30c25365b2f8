import { dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { parseSearchQuery } from "../search/parse-search-query";
import { searchListSql } from "../search/search-sql";
import type { Window } from "../sql/event-where";
import type { EventMatrix } from "./event-matrix";
import { matchSlots, type MatchedSlots } from "./match-matrix";
import { currentMatrix } from "./matrix-source";

/** The events a filter matches, in the matrix. */
export interface MatrixMatch {
  matrix: EventMatrix;
  slots: MatchedSlots;
}

/** The ids of the events whose text matches `q`, from the search index (searchListSql), as one packed text. */
async function readSearchIds(q: string): Promise<Int32Array> {
  const query = parseSearchQuery(q);
  if (!query.terms.length) return new Int32Array(0);
  const list = searchListSql(query);
  const rows = await readSql<{ packed: string | null }[]>(
    dialect === "postgres"
      ? Prisma.sql`SELECT string_agg(CAST(m.id AS text), ',') AS packed FROM (${list}) m`
      : Prisma.sql`SELECT group_concat(m.id) AS packed FROM (${list}) m`,
  );
  const packed = rows[0]?.packed;
  return packed ? Int32Array.from(packed.split(","), Number) : new Int32Array(0);
}

/**
 * The filter's matches in the matrix (within a timeline window if given), or null when there is no matrix to ask
 * (off, or being rebuilt): count in SQL then. `searches` keeps one search's ids for the calls of one request (the dashboard asks for this period and the
 * last with the same words).
 */
export async function matchInMatrix(filter: ResolvedEventFilter, viewer: Viewer, searches = new Map<string, Promise<Int32Array>>(), window?: Window): Promise<MatrixMatch | null> {
  const matrix = await currentMatrix();
  if (!matrix) return null;
  let searchIds: Int32Array | null = null;
  if (filter.q) {
    if (!searches.has(filter.q)) searches.set(filter.q, readSearchIds(filter.q));
    searchIds = await searches.get(filter.q)!;
  }
  return { matrix, slots: matchSlots(matrix, filter, viewer, searchIds, window) };
}
