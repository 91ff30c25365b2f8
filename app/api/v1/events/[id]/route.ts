import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { canEdit } from "@/lib/domain/viewer";
import { updateEvent } from "@/lib/actions/events/update-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { purgeEvent } from "@/lib/actions/events/purge-event";
import { apiError, fromActionResult, invalidParams } from "@/lib/http/api-response";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { parseEventId } from "@/lib/http/parse-list-params";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { readMutationRequest } from "@/lib/http/read-mutation-request";
import { readVersionParam } from "@/lib/http/read-version-param";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

const invalidId = (raw: string) => apiError(400, "invalid_id", `“${raw}” is not an event id; ids are positive whole numbers.`);
const notFound = (id: number) => apiError(404, "not_found", `There is no event ${id}.`);

/** GET /api/v1/events/:id — the event in the input shape (with its version), ready to be edited and PATCHed back. */
export async function GET(request: NextRequest, { params }: Context) {
  const { id: raw } = await params;
  const id = parseEventId(raw);
  if (id === null) return invalidId(raw);
  const [viewer, event] = await Promise.all([getViewerFromHeaders(request.headers), getEventForEdit(id)]);
  if (!event) return notFound(id);
  const editor = canEdit(viewer);
  if (!editor && (event.deletedAt || event.values.status !== "published")) return notFound(id);
  const { values, updatedByName, ...meta } = event;
  return NextResponse.json({ data: { ...meta, ...values, ...(editor ? { updatedBy: updatedByName } : {}) } });
}

/**
 * PATCH /api/v1/events/:id — the full input plus the `version` it was based on; 409 (with error.current) when someone saved
 * in between; 202 when an editor's change to a published event waits for review (the setting holdPublishedEdits).
 */
export async function PATCH(request: NextRequest, { params }: Context) {
  const mutation = await readMutationRequest(request);
  if (!mutation.ok) return mutation.response;
  const { id: raw } = await params;
  const id = parseEventId(raw);
  // The role is checked before the id, so that a signed-out caller learns nothing about which ids exist.
  const result = await updateEvent(id ?? 0, mutation.body, mutation.viewer);
  if (id === null && (result.ok || result.code === "not_found")) return invalidId(raw);
  // Held for review: accepted, not applied; the event is unchanged and data.pendingChangeId names the change.
  return fromActionResult(result, result.ok && result.data.pendingChangeId !== undefined ? 202 : 200);
}

/**
 * DELETE /api/v1/events/:id?version=N — soft delete of the version the caller saw: 400 without a version,
 * 409 with the event as it now stands (error.current) when someone wrote it since. POST …/restore undoes it.
 * With ?purge=1 (admins only), an event already deleted is removed for good; the audit log keeps its last state.
 */
export async function DELETE(request: NextRequest, { params }: Context) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const purge = request.nextUrl.searchParams.get("purge");
  if (purge !== null && purge !== "1") return invalidParams([{ param: "purge", message: `“purge” must be 1 (got “${purge}”); leave it out to move the event to the trash.` }]);
  const { id: raw } = await params;
  const id = parseEventId(raw);
  const remove = purge === "1" ? purgeEvent : deleteEvent;
  const result = await remove(id ?? 0, readVersionParam(request), await getViewerFromHeaders(request.headers));
  if (id === null && !result.ok && result.code === "not_found") return invalidId(raw);
  return fromActionResult(result);
}
