/**
 * What a reader typed, folded the way slugs are (lib/schemas/slugify.ts): lower case, accents and
 * apostrophes dropped. Slugs are folded names, so matching the slug form makes the search
 * accent-insensitive on both databases without a database function.
 */
export function foldSearchText(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/\s+/g, " ").trim();
}

/** "Jean-Marie Le Pen" → "jean-marie-le-pen": the folded text as it would appear inside a slug. */
export function toSlugFragment(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** A LIKE pattern matching `text` anywhere; %, _ and the escape character are taken literally (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
