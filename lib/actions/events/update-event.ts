import { db } from "@/lib/db/client";
import type { RevisionVia } from "@/lib/domain/event-revision";
import type { Viewer } from "@/lib/domain/viewer";
import { eventUpdateSchema } from "@/lib/schemas/event-input";
import { actionError, type ActionResult } from "../action-result";
import { checkEditor } from "./check-editor";
import { checkEventReferences } from "./check-event-references";
import { describeConflict } from "./describe-conflict";
import { eventMutationSelect, isEventId, toEventMutationResult, type EventMutationResult } from "./event-mutation-result";
import { mapWriteError } from "./map-write-error";
import { parseEventInput } from "./parse-event-input";
import { resolveEventSlug } from "./resolve-event-slug";
import { runEventTransaction } from "./run-event-transaction";
import { replaceEventChildren, toEventColumns } from "./write-event-rows";
import { writeRevision } from "./write-revision";

class StaleVersionError extends Error {}

/**
 * Replaces an event's fields, sources, links and outgoing relations with the input, in one transaction.
 * The input names the version it was based on; if the event has moved on since, nothing is written. The
 * revision is written in the same transaction; `revertsTo` names the earlier version the input brings back.
 */
export async function updateEvent(id: number, input: unknown, viewer: Viewer, via: RevisionVia = "api", revertsTo: number | null = null): Promise<ActionResult<EventMutationResult>> {
  const denied = checkEditor(viewer);
  if (denied) return denied;
  if (!isEventId(id)) return actionError("not_found", "There is no such event.");
  const parsed = parseEventInput(eventUpdateSchema, input);
  if (!parsed.ok) return parsed;
  const { version, reason, ...data } = parsed.data;

  const current = await db.event.findUnique({ where: { id }, select: { version: true, deletedAt: true } });
  if (!current) return actionError("not_found", `There is no event ${id}.`);
  // A version that moved on is a conflict even when the event was deleted since: the editor learns who deleted it.
  if (current.version !== version) return describeConflict(id, version, "save");
  if (current.deletedAt) return actionError("not_found", `Event ${id} is deleted; restore it before editing.`);

  const referenceErrors = await checkEventReferences(data, id);
  if (referenceErrors) return actionError("invalid_input", "Some fields need attention.", referenceErrors);

  const slug = await resolveEventSlug(data.slug, data.title, id);
  try {
    const updated = await runEventTransaction(async (tx) => {
      // Claiming the version first makes a concurrent save of the same version fail here, before any write.
      const claimed = await tx.event.updateMany({
        where: { id, version, deletedAt: null },
        data: { version: { increment: 1 }, updatedById: viewer.userId },
      });
      if (claimed.count === 0) throw new StaleVersionError();
      const row = await tx.event.update({ where: { id }, data: toEventColumns(data, slug), select: eventMutationSelect });
      await replaceEventChildren(tx, id, data);
      await writeRevision(tx, id, revertsTo === null ? "update" : "revert", via, viewer, revertsTo, reason || null);
      return row;
    });
    return { ok: true, data: toEventMutationResult(updated) };
  } catch (error) {
    if (error instanceof StaleVersionError) return describeConflict(id, version, "save");
    return mapWriteError(error, slug);
  }
}
