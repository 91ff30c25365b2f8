import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { parseEventId } from "@/lib/http/parse-list-params";
import { readEventRevision } from "@/lib/queries/revisions/read-event-history";

export const runtime = "nodejs";

/** GET /api/v1/events/:id/revisions/:version — the event as that revision left it (`state`) and what it changed (`changes`). Editors only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; version: string }> }) {
  const { id: rawId, version: rawVersion } = await params;
  const refused = checkEditor(await getViewerFromHeaders(request.headers), "read an event's history");
  if (refused) return fromActionResult(refused);
  const id = parseEventId(rawId);
  if (id === null) return apiError(400, "invalid_id", `“${rawId}” is not an event id; ids are positive whole numbers.`);
  const version = parseEventId(rawVersion);
  if (version === null) return apiError(400, "invalid_version", `“${rawVersion}” is not a version; versions are positive whole numbers.`);
  const revision = await readEventRevision(id, version);
  return revision ? fromActionResult({ ok: true, data: revision }) : apiError(404, "not_found", `Event ${id} has no version ${version}, or there is no event ${id}.`);
}
