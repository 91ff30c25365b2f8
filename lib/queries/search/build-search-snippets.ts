import { buildSnippet, type Snippet, type SnippetPart } from "./build-snippet";
import type { SearchQuery } from "./parse-search-query";

/** The texts of one event a snippet may come from (its title already shows above the snippet). */
export interface SnippetTexts {
  id: number;
  summary: string;
  body: string;
  /** Its sources' non-empty titles, in source order. */
  sourceTitles: string[];
}

/**
 * For one page of results: the best snippet of each event from its summary, body or source titles, the
 * text holding the most query terms first. Events whose only match is the title get none.
 */
export function buildSearchSnippets(events: SnippetTexts[], query: SearchQuery): Map<number, SnippetPart[]> {
  const snippets = new Map<number, SnippetPart[]>();
  if (query.terms.length === 0) return snippets;
  for (const event of events) {
    let best: Snippet | null = null;
    for (const text of [event.summary, event.body, event.sourceTitles.join(" · ")]) {
      const snippet = buildSnippet(text, query);
      if (snippet && (!best || snippet.termCount > best.termCount)) best = snippet;
    }
    if (best) snippets.set(event.id, best.parts);
  }
  return snippets;
}
