import { db } from "@/lib/db/client";
import { canReview, type Viewer } from "@/lib/domain/viewer";
import { parseEventState } from "@/lib/revisions/event-state";
import { eventInputSchema } from "@/lib/schemas/event-input";
import { actionError, type ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { applyEventUpdate, StaleVersionError } from "../events/apply-event-update";
import { checkEditor } from "../events/check-editor";
import { findEventsChangedSinceImport } from "@/lib/queries/imports/find-events-changed-since-import";
import { trashImportedEvents } from "./trash-imported-events";

export interface ImportUndoResult {
  batchId: number;
  /** Events the import created, now in the trash. */
  trashed: number;
  /** Events the import updated, now as they were before it. */
  reverted: number;
}

const TRANSACTION_OPTIONS = { timeout: 30 * 60_000, maxWait: 30_000 } as const;

/**
 * Takes an import back as a whole, in one transaction: the events it created go to the trash (restorable, and their
 * external ids freed so the file can be imported again), the events it updated get their state from before it back.
 * Each is a revision naming the batch. Refused, with the events named, when any was edited after the import: undoing
 * would lose that edit. The created events go in a few set-based statements (trashImportedEvents), the updated ones
 * one by one, each back to its own earlier state.
 */
export async function undoImport(batchId: number, viewer: Viewer): Promise<ActionResult<ImportUndoResult>> {
  const denied = checkEditor(viewer, "undo an import");
  if (denied) return denied;
  if (!Number.isSafeInteger(batchId) || batchId <= 0) return actionError("not_found", "There is no such import.");
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, select: { authorId: true, undoneAt: true, fileName: true } });
  if (!batch) return actionError("not_found", `There is no import ${batchId}.`);
  if (batch.authorId !== viewer.userId && !canReview(viewer)) return actionError("forbidden", "Only its author, a reviewer or an admin can undo an import.");
  if (batch.undoneAt) return actionError("conflict", `Import ${batchId} was already undone.`);

  const edited = await findEventsChangedSinceImport(batchId);
  if (edited.count) {
    const names = edited.names.map((name) => `“${name}”`).join(", ");
    return actionError("conflict", `${edited.count} event${edited.count === 1 ? " was" : "s were"} changed after the import (${names}${edited.count > edited.names.length ? ", …" : ""}); undoing it would lose those changes, so nothing was undone.`);
  }
  // The created events are trashed together; only the updated ones are read here, to go back one by one.
  const trashed = await db.eventRevision.count({ where: { batchId, action: "create" } });
  const revisions = await db.eventRevision.findMany({ where: { batchId, action: { not: "create" } }, select: { eventId: true, version: true }, orderBy: { id: "asc" } });

  try {
    const result = await db.$transaction(async (tx) => {
      const claimed = await tx.importBatch.updateMany({ where: { id: batchId, undoneAt: null }, data: { undoneAt: new Date(), undoneById: viewer.userId } });
      if (claimed.count === 0) throw new StaleVersionError();
      const reason = `Undo of import ${batchId}`;
      if (trashed) await trashImportedEvents(tx, batchId, trashed, viewer, reason);
      let reverted = 0;
      for (const revision of revisions) {
        const before = await tx.eventRevision.findUnique({ where: { eventId_version: { eventId: revision.eventId, version: revision.version - 1 } }, select: { state: true } });
        if (!before) throw new Error(`Event ${revision.eventId} has no version ${revision.version - 1} to go back to.`);
        const { deletedAt: _deletedAt, ...values } = parseEventState(before.state);
        const data = eventInputSchema.parse(values);
        await applyEventUpdate(tx, { id: revision.eventId, version: revision.version, data, slug: data.slug, viewer, action: "revert", via: "import", restoredFrom: revision.version - 1, reason, batch: { batchId } });
        reverted++;
      }
      await recordAudit({ action: "import.undo", actor: viewer, detail: { batch: batchId, fileName: batch.fileName, trashed, reverted } }, tx);
      return { batchId, trashed, reverted };
    }, TRANSACTION_OPTIONS);
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof StaleVersionError) return actionError("conflict", "An event of this import changed while it was being undone; nothing was undone. Try again.");
    throw error;
  }
}
