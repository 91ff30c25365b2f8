import type { NextResponse } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import type { Viewer } from "@/lib/domain/viewer";
import { readJsonBody } from "./api-response";
import { rejectCrossSite } from "./check-same-origin";

/**
 * The first steps of every JSON mutation route: refuse cross-site browser requests, find who is asking,
 * read the body (400 when it is not JSON). The action itself checks the viewer's role.
 */
export async function readMutationRequest(
  request: Request,
): Promise<{ ok: true; viewer: Viewer; body: unknown } | { ok: false; response: NextResponse }> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return { ok: false, response: crossSite };
  const viewer = await getViewerFromHeaders(request.headers);
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  return { ok: true, viewer, body: body.body };
}
