const MAX_DERIVED_SLUG = 80;

/** "Xi’s state visit to Malaysia (2025)" → "xis-state-visit-to-malaysia-2025"; never empty. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_DERIVED_SLUG) return slug || "event";
  const cut = slug.slice(0, MAX_DERIVED_SLUG);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : MAX_DERIVED_SLUG).replace(/-+$/, "");
}
