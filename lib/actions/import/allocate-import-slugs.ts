import { db, Prisma } from "@/lib/db/client";
import { eventsWhereIn } from "./read-where-in";
import type { CellError, ImportRow } from "@/lib/import/import-row";
import { slugify } from "@/lib/schemas/slugify";

/**
 * A slug for every row, decided before the transaction: the file's own (an error if another event has it), the
 * existing event's for an update that gives none, or one derived from the title with a suffix when that is taken
 * in Chronicle or earlier in the file.
 */
export async function allocateImportSlugs(rows: ImportRow[], existingIds: (row: ImportRow) => number | null, columnOf: (field: string) => string): Promise<{ slugs: string[]; errors: CellError[] }> {
  const wanted = rows.map((row) => row.values.slug || slugify(row.values.title));
  const taken = new Map<string, number>();
  for (const row of await eventsWhereIn<{ id: number; slug: string }>(Prisma.sql`id, slug`, "slug", [...new Set(wanted)])) taken.set(row.slug, Number(row.id));
  const updatedIds = rows.map(existingIds);
  const existingSlugs = new Map<number, string>();
  const ids = updatedIds.filter((id): id is number => id !== null);
  for (const row of await eventsWhereIn<{ id: number; slug: string }>(Prisma.sql`id, slug`, "id", ids)) existingSlugs.set(Number(row.id), row.slug);

  const used = new Set<string>();
  const slugs: string[] = [];
  const errors: CellError[] = [];
  for (const [index, row] of rows.entries()) {
    const selfId = updatedIds[index] ?? null;
    const own = row.values.slug;
    if (!own && selfId !== null) {
      const kept = existingSlugs.get(selfId)!;
      slugs.push(kept);
      used.add(kept);
      continue;
    }
    const base = wanted[index]!;
    const free = (slug: string) => !used.has(slug) && (!taken.has(slug) || taken.get(slug) === selfId);
    if (own) {
      if (!free(own)) errors.push({ line: row.line, column: columnOf("slug"), message: `The slug “${own}” is already used by another event.` });
      slugs.push(own);
      used.add(own);
      continue;
    }
    let slug = base;
    if (!free(slug)) {
      const similar = await db.event.findMany({ where: { slug: { startsWith: `${base}-` } }, select: { slug: true } });
      similar.forEach((other) => taken.set(other.slug, -1));
      for (let n = 2; !free(slug); n++) slug = `${base}-${n}`;
    }
    slugs.push(slug);
    used.add(slug);
  }
  return { slugs, errors };
}
