import { getSessionCookie } from "better-auth/cookies";
import { NextResponse } from "next/server";

/**
 * Signed out, a visit to /admin or a page under it answers 307 to the sign-in page, which comes back to them
 * (lib/auth/safe-next-path.ts checks `next`). Only the cookie's presence is looked at: the pages'
 * requirePageRole stays the real check, for expired sessions and for roles.
 */
export function redirectSignedOutFromAdmin(request: Request, url: URL): Response | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null; // server actions check the viewer themselves
  if (url.pathname !== "/admin" && !url.pathname.startsWith("/admin/")) return null;
  if (getSessionCookie(request.headers)) return null;
  return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, url), 307);
}
