import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";
import { checkEditor } from "./check-editor";
import { eventMutationSelect, isEventId, toEventMutationResult, type EventMutationResult } from "./event-mutation-result";

/** Soft-deletes an event: it disappears from every list and page but can be restored. Deleting twice is harmless. */
export async function deleteEvent(id: number, viewer: Viewer): Promise<ActionResult<EventMutationResult>> {
  const denied = checkEditor(viewer);
  if (denied) return denied;
  if (!isEventId(id)) return actionError("not_found", "There is no such event.");
  const current = await db.event.findUnique({ where: { id }, select: eventMutationSelect });
  if (!current) return actionError("not_found", `There is no event ${id}.`);
  if (current.deletedAt) return { ok: true, data: toEventMutationResult(current) };
  const deleted = await db.event.update({
    where: { id },
    data: { deletedAt: new Date(), version: { increment: 1 }, updatedById: viewer.userId },
    select: eventMutationSelect,
  });
  return { ok: true, data: toEventMutationResult(deleted) };
}
