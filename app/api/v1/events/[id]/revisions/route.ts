import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { parseEventId } from "@/lib/http/parse-list-params";
import { readEventHistory } from "@/lib/queries/revisions/read-event-history";

export const runtime = "nodejs";

/** GET /api/v1/events/:id/revisions — every revision of the event, newest first: version, action, way in, author, time. Editors only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const refused = checkEditor(await getViewerFromHeaders(request.headers), "read an event's history");
  if (refused) return fromActionResult(refused);
  const id = parseEventId(raw);
  if (id === null) return apiError(400, "invalid_id", `“${raw}” is not an event id; ids are positive whole numbers.`);
  const revisions = await readEventHistory(id);
  return revisions ? fromActionResult({ ok: true, data: revisions }) : apiError(404, "not_found", `There is no event ${id}.`);
}
