import { FOLD_FROM, FOLD_TO } from "./fold-map";

const FOLD = new Map([...FOLD_FROM].map((char, index) => [char, FOLD_TO[index]!]));

/** A run of letters and digits: what SQLite's unicode61 tokenizer and the PostgreSQL fold both call a token. */
export const TOKEN_PATTERN = /[\p{L}\p{N}]+/gu;

/** Lower case, accents folded: the form both search indexes store ("Élysée" → "elysee"). */
export function foldToken(token: string): string {
  let folded = "";
  for (const char of token.normalize("NFC").toLowerCase()) folded += FOLD.get(char) ?? char;
  return folded;
}

/** The folded tokens of a text, in order, as the search indexes see it. */
export function tokenizeSearchText(text: string): string[] {
  return Array.from(text.matchAll(TOKEN_PATTERN), (match) => foldToken(match[0]));
}
