import { NextResponse } from "next/server";
import { HTTP_STATUS, type ActionResult } from "@/lib/actions/action-result";
import type { ParamError } from "@/lib/filters/event-filter";

/** JSON error bodies share one shape: { error: { code, message, ...details } }. */
export function apiError(status: number, code: string, message: string, details?: Record<string, unknown>) {
  return NextResponse.json({ error: { code, message, ...details } }, { status });
}

export function invalidParams(errors: ParamError[]) {
  return apiError(400, "invalid_parameters", errors.map((e) => e.message).join(" "), { params: errors });
}

/** Maps a mutation's typed result onto HTTP: 2xx with data, or the status its error code stands for. */
export function fromActionResult<T>(result: ActionResult<T>, successStatus = 200) {
  if (result.ok) return NextResponse.json({ data: result.data }, { status: successStatus });
  const { fieldErrors, current } = result;
  return apiError(HTTP_STATUS[result.code], result.code, result.message, { ...(fieldErrors && { fieldErrors }), ...(current !== undefined && { current }) });
}

/** application/json or a +json type such as application/merge-patch+json; parameters (charset) are allowed. */
export function isJsonContentType(contentType: string | null): boolean {
  const type = contentType?.split(";")[0]!.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[^/\s]+\+json$/.test(type);
}

/**
 * Reads a JSON body: 415 when it is not labelled JSON (text/plain and form bodies are what another site's
 * form can send without a preflight, and what fetch labels a string by default), 400 (not 500) when it does not parse.
 */
/** Far more than an event with every field full (sources and relations included) takes. */
export const MAX_JSON_BODY_BYTES = 1_000_000;

export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  const contentType = request.headers.get("content-type");
  if (!isJsonContentType(contentType)) {
    const sent = contentType ? `“${contentType}”` : "no Content-Type";
    return { ok: false, response: apiError(415, "unsupported_media_type", `Send the body as JSON with Content-Type: application/json (this request sent ${sent}).`) };
  }
  const tooLarge = () => ({ ok: false as const, response: apiError(413, "payload_too_large", `The request body is larger than ${MAX_JSON_BODY_BYTES.toLocaleString("en-GB")} bytes.`) });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BODY_BYTES) return tooLarge();
  const text = await request.text();
  // A body sent without a length is measured as read; Next.js cuts bodies short past 10 MB, which would read as bad JSON.
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) return tooLarge();
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", "The request body is not valid JSON.") };
  }
}
