import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { apiError, fromActionResult, readJsonBody } from "@/lib/http/api-response";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { listSavedViews } from "@/lib/queries/saved-views/list-saved-views";
import { createSavedView } from "@/lib/actions/saved-views/create-saved-view";

export const runtime = "nodejs";

/** GET /api/v1/views — the caller's own saved views; 401 when signed out. */
export async function GET(request: NextRequest) {
  const viewer = await getViewerFromHeaders(request.headers);
  if (!viewer.userId) return apiError(401, "unauthenticated", "Sign in to list your saved views.");
  return NextResponse.json({ data: await listSavedViews(viewer) });
}

/** POST /api/v1/views — { name, path, query, shared? }; 201 with the view and its token. */
export async function POST(request: NextRequest) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const viewer = await getViewerFromHeaders(request.headers);
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  return fromActionResult(await createSavedView(body.body, viewer), 201);
}
