import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { commitImport } from "@/lib/actions/import/commit-import";
import type { ImportProgress } from "@/lib/import/import-progress";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { progressStream, wantsProgressStream } from "@/lib/http/progress-stream";
import { readImportRequest } from "@/lib/http/read-import-request";
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
 * With `Accept: application/x-ndjson`, once the file is read: a 200 stream of progress lines, then that answer as
 * the last line (lib/http/progress-stream.ts).
 */
export async function POST(request: NextRequest) {
  const read = await readImportRequest(request);
  if (!read.ok) return read.response;
  const { viewer, params, prepared } = read;
  if (prepared.fileErrors.length) {
    return apiError(400, "invalid_input", "The file's title slide or eras have problems; nothing was imported.", { errors: prepared.fileErrors });
  }
  const commit = async (onProgress?: (progress: ImportProgress) => void): Promise<Response> => {
    const result = await commitImport({ fileName: params.fileName, format: prepared.format, rows: prepared.rows, details: prepared.details, columnOf: prepared.columnOf, onProgress }, viewer);
    if (!result.ok) return "errors" in result ? apiError(400, result.code, result.message, { errors: result.errors }) : fromActionResult(result);
    return Response.json({ data: result.data }, { status: 201 });
  };
  return wantsProgressStream(request) ? progressStream(commit) : commit();
}
