import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";
import { checkEditor } from "./check-editor";
import { eventMutationSelect, isEventId, toEventMutationResult, type EventMutationResult } from "./event-mutation-result";

/** Brings a soft-deleted event back as it was. Restoring an event that is not deleted changes nothing. */
export async function restoreEvent(id: number, viewer: Viewer): Promise<ActionResult<EventMutationResult>> {
  const denied = checkEditor(viewer);
  if (denied) return denied;
  if (!isEventId(id)) return actionError("not_found", "There is no such event.");
  const current = await db.event.findUnique({ where: { id }, select: eventMutationSelect });
  if (!current) return actionError("not_found", `There is no event ${id}.`);
  if (!current.deletedAt) return { ok: true, data: toEventMutationResult(current) };
  const restored = await db.event.update({
    where: { id },
    data: { deletedAt: null, version: { increment: 1 }, updatedById: viewer.userId },
    select: eventMutationSelect,
  });
  return { ok: true, data: toEventMutationResult(restored) };
}
