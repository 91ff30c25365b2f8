import { resolvedFilter, VISIBLE, type BenchCase, type BenchContext } from "./bench-case";
import { findCase, type PageOrder } from "./find-cases";
import type { RawDb } from "../raw-driver";
import { parseSearchQuery } from "@/lib/queries/search/parse-search-query";
import { SEARCH_FIELDS } from "@/lib/queries/search/search-fields";
import { COMMON_WORD, searchWordAtRank } from "@/lib/synthetic/vocabulary";

/**
 * Full-text search goes through findEvents with q, as the table and the API use it. With a full-text index
 * (the search migration's FTS5 table or tsvector table) the baseline is the same one-word match written by
 * hand: the last word of a query also matches as a prefix once it has three letters, as in the app. Without
 * one, both sides are the substring scan (LIKE/ILIKE) the app used before.
 */
export async function detectFullText(raw: RawDb): Promise<string | null> {
  const rows = raw.kind === "sqlite"
    ? await raw.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts%'")
    : await raw.all<{ name: string }>("SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE data_type = 'tsvector' AND table_name = 'event_search' AND table_schema = current_schema()");
  return rows[0]?.name ?? null;
}

function likeWhere(raw: RawDb): string {
  const like = raw.kind === "postgres" ? "ILIKE" : "LIKE";
  const test = (column: string) => `${column} ${like} ? ESCAPE '\\'`;
  return `${VISIBLE} AND (${test("e.title")} OR ${test("e.summary")} OR ${test("e.body")} OR EXISTS (SELECT 1 FROM sources fs WHERE fs.event_id = e.id AND ${test("fs.title")}))`;
}

/** An event (alias e) matching `text` by the full-text index, as a condition and its one parameter. */
export function fullTextMatch(raw: RawDb, text: string): { sql: string; param: string } {
  return { sql: fullTextCondition(raw), param: fullTextTerm(raw, text) };
}

function fullTextCondition(raw: RawDb): string {
  return raw.kind === "postgres"
    ? "e.id IN (SELECT s.event_id FROM event_search s WHERE s.document @@ CAST(? AS tsquery))"
    : "e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)";
}

/** The words the app's parser makes of the text, matched by hand: "a" AND "b"* in FTS5, 'a' & 'b':* in PostgreSQL. */
function fullTextWhere(raw: RawDb): string {
  return `${VISIBLE} AND ${fullTextCondition(raw)}`;
}

function fullTextTerm(raw: RawDb, term: string): string {
  const { terms, prefix } = parseSearchQuery(term);
  const last = terms.length - 1;
  return raw.kind === "postgres"
    ? terms.map((word, i) => `'${word}':${prefix && i === last ? "*" : ""}`).join(" & ")
    : terms.map((word, i) => `"${word}"${prefix && i === last ? "*" : ""}`).join(" AND ");
}

/**
 * The relevance order written by hand: for each term and field holding it, the field's weight, summed per
 * event (lib/queries/search/search-fields.ts), then importance, date and id. One FTS5 lookup per term and field on
 * SQLite, one tsquery per term and weight label on PostgreSQL.
 */
function relevanceOrder(raw: RawDb, text: string): PageOrder {
  const { terms, prefix } = parseSearchQuery(text);
  const last = terms.length - 1;
  const parts = terms.flatMap((word, i) => SEARCH_FIELDS.map((field) => ({
    weight: field.weight,
    param: raw.kind === "postgres"
      ? `'${word}':${prefix && i === last ? "*" : ""}${field.label}`
      : `{${field.column}} : "${word}"${prefix && i === last ? "*" : ""}`,
  })));
  const sum = parts.map(({ weight }) => raw.kind === "postgres"
    ? `CASE WHEN s.document @@ CAST(? AS tsquery) THEN ${weight} ELSE 0 END`
    : `CASE WHEN e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?) THEN ${weight} ELSE 0 END`).join(" + ");
  const rank = raw.kind === "postgres" ? `(SELECT ${sum} FROM event_search s WHERE s.event_id = e.id)` : `(${sum})`;
  return { sort: "relevance", sql: `${rank} DESC, e.importance DESC, e.earliest DESC, e.id ASC`, params: parts.map(({ param }) => param) };
}

/**
 * Words of the synthetic text by frequency rank (lib/synthetic/vocabulary.ts), with the share of events that hold
 * each: COMMON_WORD (rank 1, ~80%: the worst case), then a common word (rank 10, ~33%), a middling one (rank 300,
 * ~4%) and a rare one (rank 3,000, ~0.4%). Two words for relevance: ranks 2 and 10, each in a third or more.
 */
const RANKED_WORDS = [[10, "common"], [300, "middling"], [3000, "rare"]] as const;
const TWO_WORDS = `${searchWordAtRank(2)} ${searchWordAtRank(10)}`;

export function searchCases(ctx: BenchContext, fullText: string | null): BenchCase[] {
  const terms: [label: string, term: string, expectMatches: boolean][] = [
    [`the most common word "${COMMON_WORD}"`, COMMON_WORD, true],
    ...RANKED_WORDS.map(([rank, kind]): [string, string, boolean] => [`${kind} word "${searchWordAtRank(rank)}" (rank ${rank})`, searchWordAtRank(rank), true]),
    ["rare: a little-used actor's name", ctx.rareTerm, true],
    [`absent word "${ctx.absentTerm}"`, ctx.absentTerm, false],
  ];
  // The app cuts <mark> snippets from each row's summary, body and source titles; the baseline's rows already hold
  // summary and body, so it reads the source titles too.
  const snippetTexts = async (ids: number[]) => {
    if (ids.length) await ctx.raw.all(`SELECT event_id, title FROM sources WHERE event_id IN (${ids.map(() => "?").join(", ")}) ORDER BY position, id`, ids);
  };
  const fullTextCase = (label: string, term: string, order?: PageOrder) =>
    findCase(ctx, "search", `q = ${label}`, resolvedFilter({ q: term }), fullTextWhere(ctx.raw), [fullTextTerm(ctx.raw, term)], snippetTexts, order);
  const cases = terms.map(([label, term, expectMatches]) => {
    if (fullText) return { ...fullTextCase(label, term), note: `full-text (${fullText}) on both sides, a page sorted by date` };
    const pattern = `%${term}%`;
    const base = findCase(ctx, "search", `q = ${label}`, resolvedFilter({ q: term }), likeWhere(ctx.raw), [pattern, pattern, pattern, pattern]);
    return { ...base, expectMatches, note: "app and baseline: substring scan (LIKE/ILIKE), no full-text index" };
  });
  if (!fullText) return cases;
  // Relevance is the default order while searching: one word (read tier by tier) and two (rank buckets).
  const byRelevance = ([[`the most common word "${COMMON_WORD}"`, COMMON_WORD], [`two words "${TWO_WORDS}"`, TWO_WORDS]] as const).map(([label, term]) => ({
    ...fullTextCase(`${label}, by relevance`, term, relevanceOrder(ctx.raw, term)),
    note: `full-text (${fullText}) on both sides; the baseline ranks every match by hand`,
  }));
  return [...cases, ...byRelevance];
}
