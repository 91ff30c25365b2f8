import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { prepareImport, previewImport } from "@/lib/actions/import/prepare-import";
import { apiError, fromActionResult, invalidParams } from "@/lib/http/api-response";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { parseImportParams } from "@/lib/http/import-params";
import { readUpload } from "@/lib/http/read-upload";

export const runtime = "nodejs";

/**
 * POST /api/v1/imports/preview?fileName=…[&timeZone=…][&mapping=…] with the file as the body: every row as it would
 * be stored (its date and the precision it was read at), every problem by row and column (and as CSV), the rows that
 * update an earlier import and likely duplicates. Writes nothing. Editors only.
 */
export async function POST(request: NextRequest) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const viewer = await getViewerFromHeaders(request.headers);
  const denied = checkEditor(viewer, "import events");
  if (denied) return fromActionResult(denied);
  const params = parseImportParams(new URL(request.url));
  if (!params.ok) return invalidParams(params.errors);
  const upload = await readUpload(request);
  if (!upload.ok) return upload.response;
  const prepared = prepareImport(params.value.fileName, upload.bytes, params.value);
  if (!prepared.ok) return apiError(400, "unreadable_file", prepared.message);
  return Response.json({ data: await previewImport(prepared, viewer) });
}
