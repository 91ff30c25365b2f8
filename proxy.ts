import { NextResponse, type NextRequest } from "next/server";
import { redirectSignedOutFromAdmin } from "@/lib/auth/admin-sign-in-redirect";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { refuseSignedOutReader } from "@/lib/auth/signed-out-reading";
import { withTrustedForwarding } from "@/lib/http/forwarded-headers";
import { createNonce, NOTHING_POLICY, pagePolicy } from "@/lib/security/content-security-policy";
import { isPossibleServerAction, screenServerAction } from "@/lib/security/screen-server-action";

/**
 * Every request but static files: refuse malformed server actions, send signed-out visitors of /admin (and of
 * everything, when an admin has closed reading to them) to sign in, drop forwarding headers no trusted proxy
 * wrote, and give pages a fresh script nonce.
 */
export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const early =
    (isPossibleServerAction(request, url.pathname) ? await screenServerAction(request) : null) ??
    redirectSignedOutFromAdmin(request, url) ??
    (await refuseSignedOutReader(request, url));
  if (early) {
    early.headers.set("content-security-policy", NOTHING_POLICY);
    return early;
  }

  const headers = withTrustedForwarding(request.headers);
  headers.set(REQUEST_PATH_HEADER, url.pathname + url.search);
  const policy = url.pathname.startsWith("/api/") ? NOTHING_POLICY : pagePolicy(createNonce());
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/**
 * Every path but static files and the two import uploads: Next.js holds the whole body of any request the proxy
 * sees in memory (experimental.proxyClientMaxBodySize), and an import streams a CSV file of up to 1 GB. Those routes
 * check the origin and the editor themselves (lib/http/open-import-request.ts); next.config.mjs gives their headers.
 */
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/imports$|api/v1/imports/preview$).*)"],
};
