import { resolvedFilter, VISIBLE, type BenchCase, type BenchContext } from "./bench-case";
import { findCase } from "./find-cases";
import type { RawDb } from "../raw-driver";
import { parseSearchQuery } from "@/lib/queries/search/parse-search-query";

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

/** The words the app's parser makes of the text, matched by hand: "a" AND "b"* in FTS5, 'a' & 'b':* in PostgreSQL. */
function fullTextWhere(raw: RawDb): string {
  return raw.kind === "postgres"
    ? `${VISIBLE} AND e.id IN (SELECT s.event_id FROM event_search s WHERE s.document @@ CAST(? AS tsquery))`
    : `${VISIBLE} AND e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)`;
}

function fullTextTerm(raw: RawDb, term: string): string {
  const { terms, prefix } = parseSearchQuery(term);
  const last = terms.length - 1;
  return raw.kind === "postgres"
    ? terms.map((word, i) => `'${word}':${prefix && i === last ? "*" : ""}`).join(" & ")
    : terms.map((word, i) => `"${word}"${prefix && i === last ? "*" : ""}`).join(" AND ");
}

export function searchCases(ctx: BenchContext, fullText: string | null): BenchCase[] {
  const terms: [label: string, term: string, expectMatches: boolean][] = [
    [`common word "${ctx.commonTerm}"`, ctx.commonTerm, true],
    ["rare: a little-used actor's name", ctx.rareTerm, true],
    [`absent word "${ctx.absentTerm}"`, ctx.absentTerm, false],
  ];
  return terms.map(([label, term, expectMatches]) => {
    if (fullText) {
      // The app cuts <mark> snippets from each row's summary, body and source titles; the baseline's rows
      // already hold summary and body, so it reads the source titles too.
      const snippetTexts = async (ids: number[]) => {
        if (ids.length) await ctx.raw.all(`SELECT event_id, title FROM sources WHERE event_id IN (${ids.map(() => "?").join(", ")}) ORDER BY position, id`, ids);
      };
      const base = findCase(ctx, "search", `q = ${label}`, resolvedFilter({ q: term }), fullTextWhere(ctx.raw), [fullTextTerm(ctx.raw, term)], snippetTexts);
      return { ...base, note: `full-text (${fullText}) on both sides, a page sorted by date` };
    }
    const pattern = `%${term}%`;
    const base = findCase(ctx, "search", `q = ${label}`, resolvedFilter({ q: term }), likeWhere(ctx.raw), [pattern, pattern, pattern, pattern]);
    return { ...base, expectMatches, note: "app and baseline: substring scan (LIKE/ILIKE), no full-text index" };
  });
}
