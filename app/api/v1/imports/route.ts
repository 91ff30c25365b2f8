import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { commitImport } from "@/lib/actions/import/commit-import";
import { prepareImport } from "@/lib/actions/import/prepare-import";
import { apiError, fromActionResult, invalidParams } from "@/lib/http/api-response";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { parseImportParams } from "@/lib/http/import-params";
import { readUpload } from "@/lib/http/read-upload";
import { listImportBatches } from "@/lib/queries/imports/list-import-batches";

export const runtime = "nodejs";

/** GET /api/v1/imports — the latest imports, newest first; editors only. */
export async function GET(request: NextRequest) {
  const denied = checkEditor(await getViewerFromHeaders(request.headers), "see imports");
  if (denied) return fromActionResult(denied);
  return Response.json({ data: await listImportBatches() });
}

/**
 * POST /api/v1/imports?fileName=…[&timeZone=…][&mapping=…] with the file as the body: imports every row, all or
 * nothing. 201 with the batch; 400 with every problem (error.errors: line, column, message) and nothing written.
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
  if (prepared.fileErrors.length) {
    return apiError(400, "invalid_input", "The file's title slide or eras have problems; nothing was imported.", { errors: prepared.fileErrors });
  }
  const result = await commitImport({ fileName: params.value.fileName, format: prepared.format, rows: prepared.rows, details: prepared.details }, viewer);
  if (!result.ok) return "errors" in result ? apiError(400, result.code, result.message, { errors: result.errors }) : fromActionResult(result);
  return Response.json({ data: result.data }, { status: 201 });
}
