import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { commitImport, type ImportCommitInput } from "@/lib/actions/import/commit-import";
import type { ImportProgress } from "@/lib/import/import-progress";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { openImportRequest } from "@/lib/http/open-import-request";
import { progressStream, wantsProgressStream } from "@/lib/http/progress-stream";
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
 * nothing. 201 with the batch; 400 with every problem (error.errors: line, column, message; the first 1,000) and
 * nothing written. A CSV file is copied to disk as it arrives, then read and written a chunk at a time, so its
 * problems are found while it is written (and everything rolled back); other files are read whole first. With `Accept: application/x-ndjson`, once the file is
 * opened: a 200 stream of progress lines, then that answer as the last line (lib/http/progress-stream.ts).
 */
export async function POST(request: NextRequest) {
  const opened = await openImportRequest(request, { spool: true });
  if (!opened.ok) return opened.response;
  const { viewer, params } = opened;
  let input: Omit<ImportCommitInput, "onProgress">;
  let dispose: () => Promise<void> = () => Promise.resolve();
  if (opened.kind === "whole") {
    const { prepared } = opened;
    if (prepared.about.fileErrors.length) {
      return apiError(400, "invalid_input", "The file's title slide or eras have problems; nothing was imported.", { errors: prepared.about.fileErrors });
    }
    input = { fileName: params.fileName, format: prepared.about.format, rows: prepared.rows, totalRows: prepared.rows.length, details: prepared.details, columnOf: prepared.columnOf };
  } else {
    const { stream } = opened;
    const { mappingProblems } = stream.about;
    if (mappingProblems.length) {
      await stream.rows.return();
      await stream.dispose();
      return apiError(400, "invalid_input", `The column mapping cannot read the file: ${mappingProblems.join(" ")} Nothing was imported.`);
    }
    dispose = stream.dispose;
    input = { fileName: params.fileName, format: stream.about.format, rows: stream.rows, fileRead: stream.fileRead, columnOf: stream.columnOf };
  }
  const commit = async (onProgress?: (progress: ImportProgress) => void): Promise<Response> => {
    const result = await commitImport({ ...input, onProgress }, viewer).finally(dispose);
    if (!result.ok) return "errors" in result ? apiError(400, result.code, result.message, { errors: result.errors }) : fromActionResult(result);
    return Response.json({ data: result.data }, { status: 201 });
  };
  return wantsProgressStream(request) ? progressStream(commit) : commit();
}
