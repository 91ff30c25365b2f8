import { resolvedFilter, VISIBLE, type BenchCase, type BenchContext } from "./bench-case";
import { findCase } from "./find-cases";
import type { RawDb } from "../raw-driver";

/**
 * Full-text search goes through findEvents with q, as the table and the API use it. The baseline is the
 * substring scan the app used when this bench was written (LIKE/ILIKE over title, summary, body and source
 * titles). When the database has a full-text index, the app no longer does that scan: the case then says
 * so, reports the LIKE scan as the reference and checks only that common terms still match.
 */
export async function detectFullText(raw: RawDb): Promise<string | null> {
  const rows = raw.kind === "sqlite"
    ? await raw.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts%'")
    : await raw.all<{ name: string }>("SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE data_type = 'tsvector' AND table_schema = current_schema()");
  return rows[0]?.name ?? null;
}

function likeWhere(raw: RawDb): string {
  const like = raw.kind === "postgres" ? "ILIKE" : "LIKE";
  const test = (column: string) => `${column} ${like} ? ESCAPE '\\'`;
  return `${VISIBLE} AND (${test("e.title")} OR ${test("e.summary")} OR ${test("e.body")} OR EXISTS (SELECT 1 FROM sources fs WHERE fs.event_id = e.id AND ${test("fs.title")}))`;
}

export function searchCases(ctx: BenchContext, fullText: string | null): BenchCase[] {
  const terms: [label: string, term: string, expectMatches: boolean][] = [
    [`common word "${ctx.commonTerm}"`, ctx.commonTerm, true],
    ["rare: a little-used actor's name", ctx.rareTerm, true],
    [`absent word "${ctx.absentTerm}"`, ctx.absentTerm, false],
  ];
  return terms.map(([label, term, expectMatches]) => {
    const pattern = `%${term}%`;
    const base = findCase(ctx, "search", `q = ${label}`, resolvedFilter({ q: term }), likeWhere(ctx.raw), [pattern, pattern, pattern, pattern]);
    return fullText
      ? { ...base, strictCount: false, expectMatches, note: `app uses full-text (${fullText}); baseline is the LIKE scan, counts not compared` }
      : { ...base, note: "app and baseline: substring scan (LIKE/ILIKE), no full-text index yet" };
  });
}
