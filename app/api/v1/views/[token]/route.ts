import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { getReadableSavedView } from "@/lib/queries/saved-views/get-readable-saved-view";
import { updateSavedView } from "@/lib/actions/saved-views/update-saved-view";
import { deleteSavedView } from "@/lib/actions/saved-views/delete-saved-view";
import { readMutationRequest } from "@/lib/http/read-mutation-request";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ token: string }>;
}

/** GET /api/v1/views/:token — a view its caller may open (own, or shared); 404 otherwise. */
export async function GET(request: NextRequest, { params }: Context) {
  const { token } = await params;
  const view = await getReadableSavedView(token, await getViewerFromHeaders(request.headers));
  if (!view) return apiError(404, "not_found", "There is no such saved view.");
  return NextResponse.json({ data: view });
}

/** PATCH /api/v1/views/:token — { name?, shared? }; owner only. */
export async function PATCH(request: NextRequest, { params }: Context) {
  const mutation = await readMutationRequest(request);
  if (!mutation.ok) return mutation.response;
  const { token } = await params;
  return fromActionResult(await updateSavedView(token, mutation.body, mutation.viewer));
}

/** DELETE /api/v1/views/:token — owner only; the link stops working. */
export async function DELETE(request: NextRequest, { params }: Context) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const { token } = await params;
  return fromActionResult(await deleteSavedView(token, await getViewerFromHeaders(request.headers)));
}
