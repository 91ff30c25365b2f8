import { apiError } from "@/lib/http/api-response";
import { isSameOrigin } from "@/lib/http/forwarded-headers";

/**
 * Mutations authenticate with the session cookie, so a browser request from another site must not be
 * able to trigger one. Clients without an Origin header (curl, scripts) are not browsers and pass.
 */
export function rejectCrossSite(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin || isSameOrigin(origin, request.headers)) return null;
  return apiError(403, "forbidden", "Requests from other sites cannot change events.");
}
