import { z } from "zod";
import { canonicalTimeZone } from "@/lib/dates/time-zone";
import { columnMappingSchema } from "@/lib/import/csv/column-mapping";
import type { ImportChoices } from "@/lib/actions/import/prepare-import";
import type { ParamError } from "@/lib/filters/event-filter";

export interface ImportParams extends ImportChoices {
  fileName: string;
}

/** ?fileName=events.csv&timeZone=Asia/Kuala_Lumpur&mapping={json}: what an upload says about itself. */
export function parseImportParams(url: URL): { ok: true; value: ImportParams } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const fileName = (url.searchParams.get("fileName") ?? "").trim();
  if (!fileName) errors.push({ param: "fileName", message: "Give the file's name (?fileName=events.csv): its extension tells a CSV from a JSON file." });
  else if (fileName.length > 255) errors.push({ param: "fileName", message: "A file name is at most 255 characters." });

  const zoneText = url.searchParams.get("timeZone")?.trim();
  const defaultTimeZone = zoneText ? canonicalTimeZone(zoneText) : null;
  if (zoneText && !defaultTimeZone) errors.push({ param: "timeZone", message: `“${zoneText}” is not a time zone Chronicle knows; use a name like Asia/Kuala_Lumpur or UTC.` });

  let mapping: z.output<typeof columnMappingSchema> | undefined;
  const mappingText = url.searchParams.get("mapping");
  if (mappingText) {
    try {
      const parsed = columnMappingSchema.safeParse(JSON.parse(mappingText));
      if (parsed.success) mapping = parsed.data;
      else errors.push({ param: "mapping", message: `The column mapping is not valid: ${parsed.error.issues[0]!.message}` });
    } catch {
      errors.push({ param: "mapping", message: "The column mapping is not valid JSON." });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { fileName, defaultTimeZone, mapping } };
}
