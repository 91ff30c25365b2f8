import { foldForSlug, slugFragment } from "@/lib/schemas/slugify";

/**
 * What a reader typed, folded the way slugs are (lib/schemas/slugify.ts), spaces kept: slugs are folded
 * names, so matching the slug form makes the search accent-insensitive on both databases.
 */
export function foldSearchText(text: string): string {
  return foldForSlug(text).replace(/\s+/g, " ").trim();
}

/** "Jean-Marie Le Pen" → "jean-marie-le-pen": the folded text as it would appear inside a slug. */
export const toSlugFragment = slugFragment;

/** A LIKE pattern matching `text` anywhere; %, _ and the escape character are taken literally (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
