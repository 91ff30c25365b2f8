import { NextResponse } from "next/server";
import { readAppSettings } from "@/lib/queries/settings/read-app-settings";
import { getViewerFromHeaders } from "./get-viewer";

/** What a signed-out visitor can still reach when reading is closed to them: signing in and accepting an invitation. */
function isOpenToAll(pathname: string): boolean {
  return pathname === "/sign-in" || pathname.startsWith("/invite/") || pathname.startsWith("/api/auth/");
}

export const CLOSED_TO_SIGNED_OUT = "Chronicle is open to signed-in accounts only: sign in to read it.";

/**
 * When an admin has closed reading to signed-out visitors (app settings), their page requests answer 307 to the sign-in
 * page and their API requests 401. The session is checked for real here (one read), and only while reading is closed.
 */
export async function refuseSignedOutReader(request: Request, url: URL): Promise<Response | null> {
  if (isOpenToAll(url.pathname) || (await readAppSettings()).publicReading) return null;
  const viewer = await getViewerFromHeaders(request.headers);
  if (viewer.userId) return null;
  if (url.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "unauthenticated", message: CLOSED_TO_SIGNED_OUT } }, { status: 401 });
  }
  return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, url), 307);
}
