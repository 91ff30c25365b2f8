import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { revertEvent } from "@/lib/actions/events/revert-event";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { parseEventId } from "@/lib/http/parse-list-params";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { readVersionParam } from "@/lib/http/read-version-param";

export const runtime = "nodejs";

/**
 * POST /api/v1/events/:id/revisions/:version/restore?version=N — saves revision :version's state (sources and relations
 * included) as a new version, on top of version N, the one the caller saw: 409 with the current record when it moved on.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string; version: string }> }) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const { id: rawId, version: rawRevision } = await params;
  const id = parseEventId(rawId);
  if (id === null) return apiError(400, "invalid_id", `“${rawId}” is not an event id; ids are positive whole numbers.`);
  const revision = parseEventId(rawRevision);
  if (revision === null) return apiError(400, "invalid_version", `“${rawRevision}” is not a version; versions are positive whole numbers.`);
  return fromActionResult(await revertEvent(id, revision, readVersionParam(request), await getViewerFromHeaders(request.headers)));
}
