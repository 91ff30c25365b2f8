import type { Prisma } from "@/lib/db/client";
import type { RevisionAction, RevisionVia } from "@/lib/domain/event-revision";
import type { Viewer } from "@/lib/domain/viewer";
import { readEditableEvent } from "@/lib/queries/get-event-for-edit";
import { toEventState } from "@/lib/revisions/event-state";
import { recordAudit } from "../audit/record-audit";

/**
 * Records a change to an event inside the change's own transaction, as a revision and an audit entry: who, how, and the whole event as the change left
 * it (the edit form's values with sources, links and relations, and whether it is deleted). A change that fails
 * leaves no revision, and one that commits always has its revision.
 */
/** An import's revisions name its batch, and the import is one entry of the audit log rather than one per event. */
export interface RevisionBatch {
  batchId: number;
}

export async function writeRevision(tx: Prisma.TransactionClient, eventId: number, action: RevisionAction, via: RevisionVia, viewer: Viewer, restoredFrom: number | null = null, reason: string | null = null, batch: RevisionBatch | null = null): Promise<void> {
  const event = await readEditableEvent(tx, eventId);
  if (!event) throw new Error(`Event ${eventId} is missing inside the transaction that changed it.`);
  await tx.eventRevision.create({
    data: { eventId, version: event.values.version, action, via, restoredFrom, reason, authorId: viewer.userId, state: JSON.stringify(toEventState(event)), batchId: batch?.batchId ?? null },
  });
  if (batch) return;
  await recordAudit({ action: `event.${action}`, actor: viewer, eventId, detail: { version: event.values.version, via, title: event.values.title, ...(restoredFrom !== null && { restoredFrom }), ...(reason && { reason }) } }, tx);
}
