import { tokenizeSearchText } from "./tokenize-search-text";

/**
 * What a search box text means: plain terms that must all occur (in any field). The text is tokenized
 * like the indexed text, so quotes, operators and FTS syntax in it are just separators or words:
 * `"NEAR(` searches for "near", `a:b` for "a" and "b". The last term also matches as a prefix once it
 * has MIN_PREFIX characters, so "tok" finds "tokenised" while the reader is still typing.
 */
export interface SearchQuery {
  terms: string[];
  /** Whether the last term matches any token it begins. */
  prefix: boolean;
}

export const MAX_TERMS = 8;
export const MIN_PREFIX = 3;

export function parseSearchQuery(text: string): SearchQuery {
  const terms = [...new Set(tokenizeSearchText(text))].slice(0, MAX_TERMS);
  const last = terms.at(-1);
  return { terms, prefix: last !== undefined && [...last].length >= MIN_PREFIX };
}

/** Whether a folded token matches term number `index` of the query. */
export function tokenMatchesTerm(token: string, query: SearchQuery, index: number): boolean {
  const term = query.terms[index]!;
  const isPrefix = query.prefix && index === query.terms.length - 1;
  return isPrefix ? token.startsWith(term) : token === term;
}
