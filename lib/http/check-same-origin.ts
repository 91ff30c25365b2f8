import { apiError } from "@/lib/http/api-response";

/**
 * Mutations authenticate with the session cookie, so a browser request from another site must not be
 * able to trigger one. Clients without an Origin header (curl, scripts) are not browsers and pass.
 */
export function rejectCrossSite(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    if (host && new URL(origin).host === host) return null;
  } catch {
    // An Origin that is not a URL is treated as foreign.
  }
  return apiError(403, "forbidden", "Requests from other sites cannot change events.");
}
