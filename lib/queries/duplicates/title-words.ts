import { tokenizeSearchText } from "../search/tokenize-search-text";

/**
 * Words that say nothing about which event a title names. Numbers are left out too: a year in one title and
 * not in the other ("… 2025") is the date, which the duplicate check compares by its bounds instead.
 */
const STOPWORDS = new Set(
  "a an and are as at be by for from has have in into is it its of on or over the their this to under was were will with".split(" "),
);

/** The folded words of a title that can tell it from another, each once, in order. */
export function titleWords(title: string): string[] {
  const words = tokenizeSearchText(title).filter((word) => word.length > 1 && !STOPWORDS.has(word) && !/^\p{N}+$/u.test(word));
  return [...new Set(words)];
}

export const MAX_DISTINCTIVE_WORDS = 4;

/** The title's likeliest distinctive words: the longest (earlier first among equals), at most MAX_DISTINCTIVE_WORDS. */
export function distinctiveWords(words: readonly string[]): string[] {
  return words
    .map((word, index) => ({ word, index }))
    .sort((a, b) => b.word.length - a.word.length || a.index - b.index)
    .slice(0, MAX_DISTINCTIVE_WORDS)
    .map(({ word }) => word);
}

export interface TitleSimilarity {
  shared: number;
  /** Distinct words of both titles together. */
  total: number;
  /** shared / total (Jaccard): 1 for the same words in any order. */
  score: number;
}

export function titleSimilarity(a: readonly string[], b: readonly string[]): TitleSimilarity {
  const other = new Set(b);
  const shared = new Set(a.filter((word) => other.has(word))).size;
  const total = new Set([...a, ...b]).size;
  return { shared, total, score: total === 0 ? 0 : shared / total };
}
