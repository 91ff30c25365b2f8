/**
 * The searched fields, their weight in the rank and their place in each index: the FTS5 column of
 * event_search (SQLite) and the tsvector weight label of event_search.document (PostgreSQL).
 *
 * Rank = for every query term, the sum of the weights of the fields that contain it. Both databases
 * compute it from "does field f contain term t" alone, so the rank (and, with the tie-breaks
 * importance DESC, earliest DESC, id ASC, the order) is identical on SQLite and PostgreSQL; bm25 and
 * ts_rank are not used because they disagree. Weights are powers of two: one title hit outranks a
 * summary, a source title and a body hit together.
 */
export const SEARCH_FIELDS = [
  { column: "title", label: "A", weight: 8 },
  { column: "summary", label: "B", weight: 4 },
  { column: "sources", label: "C", weight: 2 },
  { column: "body", label: "D", weight: 1 },
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];
