import { dialect, Prisma } from "@/lib/db/client";
import type { SearchQuery } from "./parse-search-query";
import { SEARCH_FIELDS, type SearchField } from "./search-fields";

/*
 * Terms hold letters and digits only (see parseSearchQuery), so quoting them cannot break out of the
 * FTS5 string or the tsquery lexeme; the query text is still passed as a bound parameter. PostgreSQL
 * queries are cast to tsquery rather than built with to_tsquery, whose parser would split "1e5abc"
 * differently from the index.
 */

function isPrefixTerm(query: SearchQuery, index: number): boolean {
  return query.prefix && index === query.terms.length - 1;
}

/** The FTS5 phrase of term `index`: `"rail"`, or `"rail"*` for a prefix term. */
export function ftsTerm(query: SearchQuery, index: number): string {
  return `"${query.terms[index]}"${isPrefixTerm(query, index) ? "*" : ""}`;
}

function tsTerm(query: SearchQuery, index: number, label = ""): string {
  return `'${query.terms[index]}':${isPrefixTerm(query, index) ? "*" : ""}${label}`;
}

function allTermsText(query: SearchQuery): string {
  const indexes = query.terms.map((_, index) => index);
  return dialect === "postgres"
    ? indexes.map((index) => tsTerm(query, index)).join(" & ")
    : indexes.map((index) => ftsTerm(query, index)).join(" AND ");
}

/** The ids of the events whose indexed text holds every term (a query with terms). */
export function searchListSql(query: SearchQuery): Prisma.Sql {
  const text = allTermsText(query);
  return dialect === "postgres"
    ? Prisma.sql`SELECT s.event_id AS id FROM event_search s WHERE s.document @@ CAST(${text} AS tsquery)`
    : Prisma.sql`SELECT rowid AS id FROM event_search WHERE event_search MATCH ${text}`;
}

/**
 * Which of the events `ids` match the query (`id` rows). PostgreSQL reads each by its key; FTS5 reads the term's whole
 * list for every id, so SQLite callers avoid it (lib/queries/matrix/search-postings.ts).
 */
export function searchListAmongSql(query: SearchQuery, ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`SELECT m.id FROM (${searchListSql(query)}) m WHERE m.id IN (${Prisma.join(ids)})`;
}

/**
 * `FROM …` the full-text matches joined to their events (alias `e`), the matches read first, for SQLite
 * (null on PostgreSQL, whose planner picks the join order itself). FTS5 hands its matches over in rowid
 * order as it reads them, so a LIMITed count stops after that many, where `e.id IN (…)` first collects
 * every match into a lookup table, however many there are (BENCHMARKS.md, “Figures: search”).
 */
export function searchFirstFromSql(query: SearchQuery): Prisma.Sql | null {
  if (dialect === "postgres" || query.terms.length === 0) return null;
  return ftsFirstFromSql(allTermsText(query));
}

/** SQLite: the events matching an FTS5 query, its matches read first (see searchFirstFromSql). */
export function ftsFirstFromSql(match: string): Prisma.Sql {
  return Prisma.sql`event_search CROSS JOIN events e ON e.id = event_search.rowid AND event_search MATCH ${match}`;
}

/**
 * `e.id` is an event whose indexed text holds every term. A query without terms matches nothing.
 * `walk`: a page walking the date index tests membership row by row. SQLite then needs `+e.id`, which
 * keeps it from starting at the (large) match list; the list is still read once, as a lookup table.
 * FTS5 cannot be probed per row (MATCH with rowid = e.id re-runs the query for every row).
 */
export function searchMatchSql(query: SearchQuery, walk = false): Prisma.Sql {
  if (query.terms.length === 0) return Prisma.sql`1 = 0`;
  const id = walk && dialect === "sqlite" ? Prisma.sql`+e.id` : Prisma.sql`e.id`;
  return Prisma.sql`${id} IN (${searchListSql(query)})`;
}

/**
 * SQLite: the FTS5 text of the events holding term `index` in `field`, among those matching the whole query, which
 * are all that get ranked (two common words match far fewer events than either alone). The term
 * itself is named once, in its field: another read of its index would add time and nothing else (BENCHMARKS.md,
 * “Figures: search”). `phrases`: each term's FTS5 phrase, ftsTerm's unless given (rank buckets spell a
 * prefix out as its tokens).
 */
export function fieldTermFtsText(query: SearchQuery, index: number, field: SearchField, phrases = query.terms.map((_, term) => ftsTerm(query, term))): string {
  return [`{${field.column}} : ${phrases[index]}`, ...phrases.filter((_, other) => other !== index)].join(" AND ");
}

function fieldHasTermSql(query: SearchQuery, index: number, field: SearchField): Prisma.Sql {
  const weight = Prisma.raw(String(field.weight));
  if (dialect === "postgres") return Prisma.sql`CASE WHEN s.document @@ CAST(${tsTerm(query, index, field.label)} AS tsquery) THEN ${weight} ELSE 0 END`;
  return Prisma.sql`CASE WHEN e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ${fieldTermFtsText(query, index, field)}) THEN ${weight} ELSE 0 END`;
}

/** The rank as a sum of one CASE per term and field: over search row `s` on PostgreSQL, over event `e` on SQLite. */
function rankSumSql(query: SearchQuery): Prisma.Sql {
  return Prisma.join(query.terms.flatMap((_, index) => SEARCH_FIELDS.map((field) => fieldHasTermSql(query, index, field))), " + ");
}

/** PostgreSQL: `id` and `rank` of every match, from event_search alone (the rank searchRankSql gives its event). */
export function rankedMatchesSql(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`SELECT s.event_id AS id, ${rankSumSql(query)} AS rank FROM event_search s WHERE s.document @@ CAST(${allTermsText(query)} AS tsquery)`;
}

/** `id` and `rank` (searchRankSql) of each of the events `ids`. */
export function rankedEventsSql(query: SearchQuery, ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`SELECT e.id, ${searchRankSql(query)} AS rank FROM events e WHERE e.id IN (${Prisma.join(ids)})`;
}

/** The relevance of event `e` for the query (see SEARCH_FIELDS): the same number on both databases. */
export function searchRankSql(query: SearchQuery): Prisma.Sql {
  if (query.terms.length === 0) return Prisma.sql`0`;
  const sum = rankSumSql(query);
  return dialect === "postgres" ? Prisma.sql`(SELECT ${sum} FROM event_search s WHERE s.event_id = e.id)` : Prisma.sql`(${sum})`;
}
