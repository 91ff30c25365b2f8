import { db, type Prisma } from "@/lib/db/client";
import type { RevisionVia } from "@/lib/domain/event-revision";
import type { Viewer } from "@/lib/domain/viewer";
import { readEditableEvent } from "@/lib/queries/get-event-for-edit";
import { toEventState } from "@/lib/revisions/event-state";
import { eventVersionSchema } from "@/lib/schemas/event-input";
import { actionError, type ActionResult } from "../action-result";
import { checkAdmin } from "../accounts/check-admin";
import { recordAudit } from "../audit/record-audit";
import { describeConflict } from "./describe-conflict";
import { eventMutationSelect, isEventId, toEventMutationResult, type EventMutationResult } from "./event-mutation-result";
import { parseEventInput } from "./parse-event-input";
import { runEventTransaction } from "./run-event-transaction";

/**
 * The event as its revision at `version` keeps it; an event untouched since history began has none, and its rows
 * say the same thing.
 */
async function stateAt(tx: Prisma.TransactionClient, id: number, version: number): Promise<unknown> {
  const revision = await tx.eventRevision.findUnique({ where: { eventId_version: { eventId: id, version } }, select: { state: true } });
  if (revision) return JSON.parse(revision.state);
  const event = await readEditableEvent(tx, id);
  return event ? toEventState(event) : null;
}

/**
 * What the purge takes from other events without a revision of theirs: their relations to it (the cascade removes
 * them) and their parent link (set to none). Kept in the entry, so that the log can put them back too.
 */
async function linksFromOthers(tx: Prisma.TransactionClient, id: number) {
  const [incoming, children] = [
    await tx.eventRelation.findMany({ where: { toId: id, fromId: { not: id } }, select: { fromId: true, type: true }, orderBy: { id: "asc" } }),
    await tx.event.findMany({ where: { parentId: id, id: { not: id } }, select: { id: true }, orderBy: { id: "asc" } }),
  ];
  return { ...(incoming.length > 0 && { incoming }), ...(children.length > 0 && { children: children.map((child) => child.id) }) };
}

/**
 * Removes an event from the trash for good, at the version its caller saw ({ version }): admins only, and only an
 * event already deleted, so that nothing live disappears in one step. Its sources, links and revisions go with it
 * (foreign keys cascade; triggers keep every derived table right), so the audit entry, written in the same
 * transaction, keeps its last state: the event can still be rebuilt from the log.
 */
export async function purgeEvent(id: number, input: unknown, viewer: Viewer, via: RevisionVia = "api"): Promise<ActionResult<EventMutationResult>> {
  const denied = checkAdmin(viewer, "purge events");
  if (denied) return denied;
  if (!isEventId(id)) return actionError("not_found", "There is no such event.");
  const parsed = parseEventInput(eventVersionSchema, input);
  if (!parsed.ok) return parsed;
  const { version } = parsed.data;

  const claim = { id, version, deletedAt: { not: null } } satisfies Prisma.EventWhereInput;
  const purged = await runEventTransaction(async (tx) => {
    const event = await tx.event.findFirst({ where: claim, select: eventMutationSelect });
    if (!event) return null;
    const state = await stateAt(tx, id, version);
    const others = await linksFromOthers(tx, id);
    // The delete names the version again: a write committed since the read above makes it delete nothing.
    if ((await tx.event.deleteMany({ where: claim })).count === 0) return null;
    await recordAudit({ action: "event.purge", actor: viewer, eventId: id, detail: { title: event.title, version, via, state, ...others } }, tx);
    return event;
  });
  if (purged) return { ok: true, data: toEventMutationResult(purged) };

  const current = await db.event.findUnique({ where: { id }, select: eventMutationSelect });
  if (!current) return actionError("not_found", `There is no event ${id}; it may have been purged already.`);
  if (current.version !== version) return describeConflict(id, version, "purge");
  return actionError("invalid_input", `“${current.title}” is not in the trash: only deleted events can be purged. Delete it first.`);
}
