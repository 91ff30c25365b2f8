import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { checkEditor } from "../events/check-editor";

/** The author of a pending change takes it back before anyone decides; the published event never changed. */
export async function withdrawPendingChange(changeId: number, viewer: Viewer): Promise<ActionResult<{ id: number }>> {
  const denied = checkEditor(viewer, "withdraw a change");
  if (denied) return denied;
  if (!Number.isSafeInteger(changeId) || changeId <= 0) return actionError("not_found", "There is no such pending change.");
  const change = await db.pendingChange.findUnique({ where: { id: changeId }, select: { eventId: true, authorId: true, state: true } });
  if (!change) return actionError("not_found", `There is no pending change ${changeId}.`);
  if (change.authorId !== viewer.userId) return actionError("forbidden", "Only its author can withdraw a pending change; a reviewer rejects it instead.");
  if (change.state !== "pending") return actionError("conflict", `This change was already ${change.state}.`);
  const withdrawn = await db.$transaction(async (tx) => {
    const claimed = await tx.pendingChange.updateMany({ where: { id: changeId, state: "pending" }, data: { state: "withdrawn", decidedAt: new Date() } });
    if (claimed.count) await recordAudit({ action: "event.withdraw", actor: viewer, eventId: change.eventId, detail: { change: changeId } }, tx);
    return claimed.count > 0;
  });
  return withdrawn ? { ok: true, data: { id: changeId } } : actionError("conflict", "A reviewer decided on this change a moment ago.");
}
