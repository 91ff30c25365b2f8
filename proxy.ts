import { NextResponse, type NextRequest } from "next/server";
import { redirectSignedOutFromAdmin } from "@/lib/auth/admin-sign-in-redirect";
import { withTrustedForwarding } from "@/lib/http/forwarded-headers";
import { createNonce, NOTHING_POLICY, pagePolicy } from "@/lib/security/content-security-policy";
import { isPossibleServerAction, screenServerAction } from "@/lib/security/screen-server-action";

/**
 * Every request but static files: refuse malformed server actions, send signed-out visitors of /admin
 * to sign in, drop forwarding headers no trusted proxy wrote, and give pages a fresh script nonce.
 */
export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const early = (isPossibleServerAction(request, url.pathname) ? await screenServerAction(request) : null) ?? redirectSignedOutFromAdmin(request, url);
  if (early) {
    early.headers.set("content-security-policy", NOTHING_POLICY);
    return early;
  }

  const headers = withTrustedForwarding(request.headers);
  const policy = url.pathname.startsWith("/api/") ? NOTHING_POLICY : pagePolicy(createNonce());
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
