import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { saveImportMapping } from "@/lib/actions/import/save-import-mapping";
import { fromActionResult } from "@/lib/http/api-response";
import { readMutationRequest } from "@/lib/http/read-mutation-request";
import { listImportMappings } from "@/lib/queries/imports/list-import-mappings";

export const runtime = "nodejs";

/** GET /api/v1/import-mappings — the signed-in editor's saved CSV mappings. */
export async function GET(request: NextRequest) {
  const viewer = await getViewerFromHeaders(request.headers);
  const denied = checkEditor(viewer, "use import mappings");
  if (denied) return fromActionResult(denied);
  return Response.json({ data: await listImportMappings(viewer.userId!) });
}

/** POST /api/v1/import-mappings — `{ name, mapping }`: saves (or replaces) a mapping under that name. */
export async function POST(request: NextRequest) {
  const mutation = await readMutationRequest(request);
  if (!mutation.ok) return mutation.response;
  return fromActionResult(await saveImportMapping(mutation.body, mutation.viewer), 201);
}
