import { z } from "zod";

// With the u flag a proper surrogate pair is one code point, so \p{Cs} matches only an unpaired half.
const UNUSABLE_CHARACTER = /[\p{Cs}\u0000]/u;
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cf}]*$/u;

/**
 * False for text holding an unpaired UTF-16 surrogate, which Prisma's query protocol cannot encode, or NUL,
 * which PostgreSQL's text cannot hold: either would fail the write, so input with them is refused up front.
 */
export function isUsableText(value: string): boolean {
  return !UNUSABLE_CHARACTER.test(value);
}

export const UNUSABLE_TEXT_PROBLEM = "contains a character Chronicle cannot store or search for (an unpaired UTF-16 surrogate such as \\ud800, or NUL); remove it.";

/** True when nothing would show: only whitespace and invisible format characters (zero-width space and joiners, word joiner, BOM, soft hyphen, direction marks). */
export function isBlankText(value: string): boolean {
  return INVISIBLE_ONLY.test(value);
}

export const tooLong = (what: string, max: number) => `${what} must be at most ${max.toLocaleString("en-GB")} characters.`;

/** Any text input, before its own rules: a string without unusable characters. */
export function usableText(what: string) {
  return z.string({ error: `${what} must be text.` }).refine(isUsableText, { message: `${what} ${UNUSABLE_TEXT_PROBLEM}`, abort: true });
}

/** Free text: usable, trimmed, at most `max` characters. */
export function textField(what: string, max: number) {
  return usableText(what).trim().max(max, tooLong(what, max));
}

/** Free text that must say something: blank or invisible-only text gets `emptyMessage`, as empty text does. */
export function requiredTextField(what: string, max: number, emptyMessage: string) {
  return textField(what, max).refine((value) => !isBlankText(value), emptyMessage);
}
