const MAX_DERIVED_SLUG = 80;

/** Text as slugs see it: accents, apostrophes and case dropped ("Xi’s Visite" → "xis visite"). */
export function foldForSlug(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "");
}

/** Folded text as it stands inside a slug: "jean marie, le pen." → "jean-marie-le-pen" (may be empty). */
export function slugFragment(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** "Xi’s state visit to Malaysia (2025)" → "xis-state-visit-to-malaysia-2025"; never empty. */
export function slugify(title: string): string {
  const slug = slugFragment(foldForSlug(title));
  if (slug.length <= MAX_DERIVED_SLUG) return slug || "event";
  const cut = slug.slice(0, MAX_DERIVED_SLUG);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : MAX_DERIVED_SLUG).replace(/-+$/, "");
}
