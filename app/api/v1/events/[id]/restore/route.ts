import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { parseEventId } from "@/lib/http/parse-list-params";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { readVersionParam } from "@/lib/http/read-version-param";

export const runtime = "nodejs";

/** POST /api/v1/events/:id/restore?version=N — brings back a soft-deleted event at the version the caller saw; 409 when it moved on. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const { id: raw } = await params;
  const id = parseEventId(raw);
  const result = await restoreEvent(id ?? 0, readVersionParam(request), await getViewerFromHeaders(request.headers));
  if (id === null && !result.ok && result.code === "not_found") {
    return apiError(400, "invalid_id", `“${raw}” is not an event id; ids are positive whole numbers.`);
  }
  return fromActionResult(result);
}
