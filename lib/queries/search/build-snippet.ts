import { tokenMatchesTerm, type SearchQuery } from "./parse-search-query";
import { foldToken, TOKEN_PATTERN } from "./tokenize-search-text";

/** A piece of a snippet: plain text, or a matched word the page wraps in <mark>. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface Snippet {
  parts: SnippetPart[];
  /** How many different query terms the snippet's text holds: the snippet source with most wins. */
  termCount: number;
}

const CONTEXT_BEFORE = 60;

/** Markdown marks and list bullets out, whitespace collapsed: snippets are one line of plain text. */
export function toPlainText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*(?:>+\s*)?(?:#{1,6}\s+|[-+*]\s+|\d+\.\s+)?/gm, "")
    .replace(/[*`]+|\b__|__\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function matchSpans(text: string, query: SearchQuery) {
  const spans: { start: number; end: number }[] = [];
  const terms = new Set<number>();
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const token = foldToken(match[0]);
    const hits = query.terms.map((_, index) => index).filter((index) => tokenMatchesTerm(token, query, index));
    if (hits.length === 0) continue;
    hits.forEach((index) => terms.add(index));
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return { spans, termCount: terms.size };
}

/**
 * The stretch of `text` around its first match, about `maxLength` characters cut at spaces, with every
 * matched word marked; null when the text matches no term. Computed from the stored text, not by the
 * database, so both databases give the same marks.
 */
export function buildSnippet(source: string, query: SearchQuery, maxLength = 180): Snippet | null {
  const text = toPlainText(source);
  const { spans, termCount } = matchSpans(text, query);
  if (spans.length === 0) return null;
  const first = spans[0]!;
  let start = Math.max(0, first.start - CONTEXT_BEFORE);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space === -1 || space >= first.start ? first.start : space + 1;
  }
  let end = Math.min(text.length, Math.max(start + maxLength, first.end));
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > first.end ? space : Math.max(end, first.end);
  }
  const parts: SnippetPart[] = [];
  const push = (value: string, mark: boolean) => {
    if (value) parts.push({ text: value, mark });
  };
  let cursor = start;
  for (const span of spans) {
    if (span.start < start || span.end > end) continue;
    push(text.slice(cursor, span.start), false);
    push(text.slice(span.start, span.end), true);
    cursor = span.end;
  }
  push(text.slice(cursor, end), false);
  if (start > 0) parts.unshift({ text: "…", mark: false });
  if (end < text.length) parts.push({ text: "…", mark: false });
  return { parts, termCount };
}
