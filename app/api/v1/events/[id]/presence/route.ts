import type { NextRequest, NextResponse } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { heartbeatEditingPresence } from "@/lib/actions/presence/heartbeat-editing-presence";
import { leaveEditingPresence } from "@/lib/actions/presence/leave-editing-presence";
import { apiError, fromActionResult, invalidParams, isJsonContentType, readJsonBody } from "@/lib/http/api-response";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { parseEventId } from "@/lib/http/parse-list-params";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

type PresenceRequest = { ok: true; sessionKey: unknown; leave: boolean } | { ok: false; response: NextResponse };

/**
 * The tab's key and whether it leaves, from a JSON body { sessionKey, leave? }. A leave may come without a JSON
 * body, the key in ?sessionKey=: navigator.sendBeacon cannot label its body JSON without a preflight.
 */
async function readPresenceRequest(request: NextRequest, bodyOptional: boolean): Promise<PresenceRequest> {
  const queryKey = request.nextUrl.searchParams.get("sessionKey") ?? undefined;
  if (bodyOptional && !isJsonContentType(request.headers.get("content-type"))) return { ok: true, sessionKey: queryKey, leave: true };
  const read = await readJsonBody(request);
  if (!read.ok) return read;
  const body = read.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, response: apiError(400, "invalid_input", "Send a JSON object: { \"sessionKey\": \"…\" }, with \"leave\": true to leave.") };
  }
  const { sessionKey, leave } = body as { sessionKey?: unknown; leave?: unknown };
  if (leave !== undefined && typeof leave !== "boolean") {
    return { ok: false, response: apiError(400, "invalid_input", "“leave” must be true or false.", { fieldErrors: { leave: ["“leave” must be true or false."] } }) };
  }
  return { ok: true, sessionKey: sessionKey ?? queryKey, leave: leave === true };
}

async function answer(request: NextRequest, { params }: Context, leaving: boolean) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const presence = await readPresenceRequest(request, leaving);
  if (!presence.ok) return presence.response;
  const { id: raw } = await params;
  // The action checks the role before the id, so that a signed-out caller learns nothing about which ids exist.
  const eventId = parseEventId(raw) ?? raw;
  const viewer = await getViewerFromHeaders(request.headers);
  if (leaving || presence.leave) return fromActionResult(await leaveEditingPresence(eventId, presence.sessionKey, viewer));
  return fromActionResult(await heartbeatEditingPresence(eventId, presence.sessionKey, viewer));
}

/**
 * POST /api/v1/events/:id/presence — { sessionKey } (random per tab, 16–64 of [A-Za-z0-9_-]), every few seconds while
 * the edit form is open: { data: { others: [{ name, since }] } }, the other people editing the event in the last 30 s.
 * { sessionKey, leave: true }, or ?leave=1&sessionKey=… with no body (what sendBeacon sends), leaves instead.
 */
export async function POST(request: NextRequest, context: Context) {
  const leave = request.nextUrl.searchParams.get("leave");
  if (leave !== null && leave !== "1") return invalidParams([{ param: "leave", message: `“leave” must be 1 (got “${leave}”); leave it out to report presence.` }]);
  return answer(request, context, leave === "1");
}

/** DELETE /api/v1/events/:id/presence — { sessionKey } or ?sessionKey=…: the tab stops editing; { data: { left } }. */
export async function DELETE(request: NextRequest, context: Context) {
  return answer(request, context, true);
}
