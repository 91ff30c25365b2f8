import { db } from "@/lib/db/client";
import type { RevisionVia } from "@/lib/domain/event-revision";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventInput } from "@/lib/schemas/event-input";
import type { ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { eventMutationSelect, toEventMutationResult, type EventMutationResult } from "../events/event-mutation-result";

export interface ProposedChange {
  eventId: number;
  baseVersion: number;
  values: EventInput;
  reason: string | null;
  viewer: Viewer;
  via: RevisionVia;
}

/**
 * Holds an editor's edit of a published event for review: the event stays as readers see it, and the values wait as
 * the author's pending change (a second save replaces it, so the queue holds one change per author and event).
 */
export async function proposeChange(change: ProposedChange): Promise<ActionResult<EventMutationResult>> {
  const { eventId, baseVersion, values, reason, viewer } = change;
  const saved = await db.$transaction(async (tx) => {
    const mine = await tx.pendingChange.findFirst({ where: { eventId, authorId: viewer.userId, state: "pending" }, select: { id: true } });
    const data = { baseVersion, values: JSON.stringify(values), reason };
    const row = mine
      ? await tx.pendingChange.update({ where: { id: mine.id }, data, select: { id: true } })
      : await tx.pendingChange.create({ data: { ...data, eventId, authorId: viewer.userId }, select: { id: true } });
    await recordAudit({ action: "event.propose", actor: viewer, eventId, detail: { change: row.id, version: baseVersion, via: change.via, title: values.title, ...(reason && { reason }) } }, tx);
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: eventMutationSelect });
    return { event, changeId: row.id };
  });
  return { ok: true, data: { ...toEventMutationResult(saved.event), pendingChangeId: saved.changeId } };
}
