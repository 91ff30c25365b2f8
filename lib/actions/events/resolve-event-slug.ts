import { db } from "@/lib/db/client";
import { slugify } from "@/lib/schemas/slugify";

/**
 * The slug to store: the editor's own (uniqueness is left to the database constraint, which reports it
 * on the slug field), or one derived from the title with a numeric suffix when that is taken.
 */
export async function resolveEventSlug(slug: string, title: string, selfId: number | null): Promise<string> {
  if (slug) return slug;
  const base = slugify(title);
  const taken = await db.event.findMany({
    where: { slug: { startsWith: base }, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { slug: true },
  });
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
