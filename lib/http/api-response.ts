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
  return apiError(HTTP_STATUS[result.code], result.code, result.message, result.fieldErrors ? { fieldErrors: result.fieldErrors } : undefined);
}

/** Reads a JSON body, answering 400 (not 500) when it is not JSON. */
export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", "The request body is not valid JSON.") };
  }
}
