import { db } from "@/lib/db/client";
import { buildSnippet, type Snippet, type SnippetPart } from "./build-snippet";
import type { SearchQuery } from "./parse-search-query";

/**
 * For one page of results: the best snippet of each event from its summary, body or source titles (the
 * title already shows above it), the source holding the most query terms first. Events whose only
 * match is the title get none.
 */
export async function loadSearchSnippets(ids: number[], query: SearchQuery): Promise<Map<number, SnippetPart[]>> {
  const snippets = new Map<number, SnippetPart[]>();
  if (ids.length === 0 || query.terms.length === 0) return snippets;
  const rows = await db.event.findMany({
    where: { id: { in: ids } },
    select: { id: true, summary: true, body: true, sources: { select: { title: true }, orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
  for (const row of rows) {
    const candidates = [row.summary, row.body, row.sources.map((source) => source.title).filter(Boolean).join(" · ")];
    let best: Snippet | null = null;
    for (const text of candidates) {
      const snippet = buildSnippet(text, query);
      if (snippet && (!best || snippet.termCount > best.termCount)) best = snippet;
    }
    if (best) snippets.set(row.id, best.parts);
  }
  return snippets;
}
