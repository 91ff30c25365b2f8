import type { NextResponse } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { prepareImport, type PreparedImport } from "@/lib/actions/import/prepare-import";
import type { Viewer } from "@/lib/domain/viewer";
import { apiError, fromActionResult, invalidParams } from "./api-response";
import { rejectCrossSite } from "./check-same-origin";
import { parseImportParams, type ImportParams } from "./import-params";
import { readUpload } from "./read-upload";

/**
 * The first steps of both import routes (preview and commit): refuse cross-site requests and non-editors, read the
 * parameters and the uploaded file, and read the file into rows. Each refusal is the HTTP answer to send.
 */
export async function readImportRequest(
  request: Request,
): Promise<{ ok: true; viewer: Viewer; params: ImportParams; prepared: Extract<PreparedImport, { ok: true }> } | { ok: false; response: NextResponse }> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return { ok: false, response: crossSite };
  const viewer = await getViewerFromHeaders(request.headers);
  const denied = checkEditor(viewer, "import events");
  if (denied) return { ok: false, response: fromActionResult(denied) };
  const params = parseImportParams(new URL(request.url));
  if (!params.ok) return { ok: false, response: invalidParams(params.errors) };
  const upload = await readUpload(request);
  if (!upload.ok) return upload;
  const prepared = prepareImport(params.value.fileName, upload.bytes, params.value);
  if (!prepared.ok) return { ok: false, response: apiError(400, "unreadable_file", prepared.message) };
  return { ok: true, viewer, params: params.value, prepared };
}
