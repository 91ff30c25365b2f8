import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { listSavedViews } from "@/lib/queries/saved-views/list-saved-views";
import { createSavedView } from "@/lib/actions/saved-views/create-saved-view";
import { readMutationRequest } from "@/lib/http/read-mutation-request";

export const runtime = "nodejs";

/** GET /api/v1/views — the caller's own saved views; 401 when signed out. */
export async function GET(request: NextRequest) {
  const viewer = await getViewerFromHeaders(request.headers);
  if (!viewer.userId) return apiError(401, "unauthenticated", "Sign in to list your saved views.");
  return NextResponse.json({ data: await listSavedViews(viewer) });
}

/** POST /api/v1/views — { name, path, query, shared? }; 201 with the view and its token. */
export async function POST(request: NextRequest) {
  const mutation = await readMutationRequest(request);
  if (!mutation.ok) return mutation.response;
  return fromActionResult(await createSavedView(mutation.body, mutation.viewer), 201);
}
