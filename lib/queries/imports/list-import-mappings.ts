import { db } from "@/lib/db/client";
import { columnMappingSchema, type ColumnMapping } from "@/lib/import/csv/column-mapping";

/** An editor's saved CSV mappings, by name; one that no longer reads as a mapping is left out. */
export async function listImportMappings(ownerId: string): Promise<{ id: number; name: string; mapping: ColumnMapping }[]> {
  const rows = await db.importMapping.findMany({ where: { ownerId }, orderBy: { name: "asc" }, select: { id: true, name: true, mapping: true } });
  return rows.flatMap((row) => {
    const parsed = columnMappingSchema.safeParse(JSON.parse(row.mapping));
    return parsed.success ? [{ id: row.id, name: row.name, mapping: parsed.data }] : [];
  });
}
