import { db } from "@/lib/db/client";
import type { RevisionVia } from "@/lib/domain/event-revision";
import type { Viewer } from "@/lib/domain/viewer";
import { eventVersionSchema } from "@/lib/schemas/event-input";
import { actionError, type ActionResult } from "../action-result";
import { checkEditor } from "./check-editor";
import { describeConflict } from "./describe-conflict";
import { eventMutationSelect, isEventId, toEventMutationResult, type EventMutationResult } from "./event-mutation-result";
import { parseEventInput } from "./parse-event-input";
import { runEventTransaction } from "./run-event-transaction";
import { writeRevision } from "./write-revision";

/**
 * Soft-deletes or restores an event at the version its caller saw ({ version }), like an update: if someone
 * wrote the event since, nothing changes and the caller gets the conflict with the event as it now stands.
 * Asking for what is already so (deleting a deleted event) changes nothing and answers with the event.
 */
export async function setEventDeleted(id: number, input: unknown, viewer: Viewer, deleted: boolean, via: RevisionVia = "api"): Promise<ActionResult<EventMutationResult>> {
  const denied = checkEditor(viewer);
  if (denied) return denied;
  if (!isEventId(id)) return actionError("not_found", "There is no such event.");
  const parsed = parseEventInput(eventVersionSchema, input);
  if (!parsed.ok) return parsed;
  const { version } = parsed.data;

  const written = await runEventTransaction(async (tx) => {
    const claimed = await tx.event.updateMany({
      where: { id, version, deletedAt: deleted ? null : { not: null } },
      data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 }, updatedById: viewer.userId },
    });
    if (!claimed.count) return null;
    await writeRevision(tx, id, deleted ? "delete" : "restore", via, viewer);
    return tx.event.findUniqueOrThrow({ where: { id }, select: eventMutationSelect });
  });
  if (written) return { ok: true, data: toEventMutationResult(written) };

  const current = await db.event.findUnique({ where: { id }, select: eventMutationSelect });
  if (!current) return actionError("not_found", `There is no event ${id}.`);
  if (Boolean(current.deletedAt) === deleted) return { ok: true, data: toEventMutationResult(current) };
  return describeConflict(id, version, deleted ? "delete" : "restore");
}
