import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { columnMappingSchema } from "@/lib/import/csv/column-mapping";
import type { ActionResult } from "../action-result";
import { checkEditor } from "../events/check-editor";
import { parseInput } from "../parse-input";
import { requiredTextField } from "@/lib/schemas/text-field";

export const importMappingInputSchema = z.object({
  name: requiredTextField("The mapping's name", 100, "Name the mapping, like “Newsroom spreadsheet”."),
  mapping: columnMappingSchema,
});

/** Saves a CSV column mapping under a name, for this editor; saving a name again replaces its mapping. */
export async function saveImportMapping(input: unknown, viewer: Viewer): Promise<ActionResult<{ id: number; name: string }>> {
  const denied = checkEditor(viewer, "save an import mapping");
  if (denied) return denied;
  const parsed = parseInput(importMappingInputSchema, input, "The mapping could not be saved: check the fields marked.");
  if (!parsed.ok) return parsed;
  const { name, mapping } = parsed.data;
  const row = await db.importMapping.upsert({
    where: { ownerId_name: { ownerId: viewer.userId!, name } },
    create: { ownerId: viewer.userId!, name, mapping: JSON.stringify(mapping) },
    update: { mapping: JSON.stringify(mapping) },
    select: { id: true, name: true },
  });
  return { ok: true, data: row };
}
