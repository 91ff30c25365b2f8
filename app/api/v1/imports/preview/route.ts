import type { NextRequest } from "next/server";
import { previewImport } from "@/lib/actions/import/prepare-import";
import { readImportRequest } from "@/lib/http/read-import-request";

export const runtime = "nodejs";

/**
 * POST /api/v1/imports/preview?fileName=…[&timeZone=…][&mapping=…] with the file as the body: every row as it would
 * be stored (its date and the precision it was read at), every problem by row and column (and as CSV), the rows that
 * update an earlier import and likely duplicates. Writes nothing. Editors only.
 */
export async function POST(request: NextRequest) {
  const read = await readImportRequest(request);
  if (!read.ok) return read.response;
  return Response.json({ data: await previewImport(read.prepared, read.viewer) });
}
