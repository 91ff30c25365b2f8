import type { NextRequest } from "next/server";
import { previewImport } from "@/lib/actions/import/prepare-import";
import { ImportFileError } from "@/lib/import/text-encoding";
import { apiError } from "@/lib/http/api-response";
import { openImportRequest } from "@/lib/http/open-import-request";

export const runtime = "nodejs";

/**
 * POST /api/v1/imports/preview?fileName=…[&timeZone=…][&mapping=…] with the file as the body: every row as it would
 * be stored (its date and the precision it was read at), every problem by row and column (and as CSV), the rows that
 * update an earlier import and likely duplicates. Writes nothing. Editors only. A CSV file is read as it arrives.
 */
export async function POST(request: NextRequest) {
  const opened = await openImportRequest(request);
  if (!opened.ok) return opened.response;
  if (opened.kind === "whole") return Response.json({ data: await previewImport(opened.prepared.about, opened.prepared.rows, opened.viewer) });
  const { about, rows } = opened.stream;
  // A mapping that cannot read the file previews no rows: the editor fixes it first.
  if (about.mappingProblems.length > 0) {
    await rows.return();
    return Response.json({ data: await previewImport(about, [], opened.viewer) });
  }
  try {
    return Response.json({ data: await previewImport(about, rows, opened.viewer, true) });
  } catch (error) {
    // The file went wrong past its header (bad UTF-8, a quote never closed, too large, too many rows).
    if (error instanceof ImportFileError) return apiError(400, "unreadable_file", error.message);
    throw error;
  }
}
