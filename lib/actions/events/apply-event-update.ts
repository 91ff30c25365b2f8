import type { Prisma } from "@/lib/db/client";
import type { RevisionAction, RevisionVia } from "@/lib/domain/event-revision";
import type { EventStatus } from "@/lib/domain/event-vocabulary";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventInput } from "@/lib/schemas/event-input";
import { eventMutationSelect } from "./event-mutation-result";
import { replaceEventChildren, toEventColumns } from "./write-event-rows";
import { writeRevision, type RevisionBatch } from "./write-revision";

/** The version an update was based on is no longer the event's: nothing was written. */
export class StaleVersionError extends Error {}

export interface EventUpdate {
  id: number;
  /** The version the values were based on: the update claims it, or fails with StaleVersionError. */
  version: number;
  data: EventInput;
  slug: string;
  viewer: Viewer;
  action: RevisionAction;
  via: RevisionVia;
  restoredFrom?: number | null;
  reason?: string | null;
  /** The import (or its undo) the change belongs to. */
  batch?: RevisionBatch | null;
}

/**
 * Replaces an event's fields, sources, links and outgoing relations inside the caller's transaction, and writes the
 * revision. Claiming the version first makes a concurrent save of the same version fail here, before any write.
 */
export async function applyEventUpdate(tx: Prisma.TransactionClient, update: EventUpdate) {
  const { id, version, data, slug, viewer } = update;
  const claimed = await tx.event.updateMany({ where: { id, version, deletedAt: null }, data: { version: { increment: 1 }, updatedById: viewer.userId } });
  if (claimed.count === 0) throw new StaleVersionError();
  const row = await tx.event.update({ where: { id }, data: toEventColumns(data, slug), select: eventMutationSelect });
  await replaceEventChildren(tx, id, data);
  await writeRevision(tx, id, update.action, update.via, viewer, update.restoredFrom ?? null, update.reason || null, update.batch ?? null);
  return row;
}

/** What a revision calls an edit: a status change names the step it took (submitted, published, ...). */
export function revisionActionFor(from: EventStatus, to: EventStatus, revertsTo: number | null): RevisionAction {
  if (revertsTo !== null) return "revert";
  if (from === to) return "update";
  if (to === "in_review") return "submit";
  if (to === "published") return "publish";
  if (to === "unpublished") return "unpublish";
  return "update";
}
