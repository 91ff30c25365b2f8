import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { readEditableEvent } from "@/lib/queries/get-event-for-edit";
import { getEventRevisionState } from "@/lib/queries/list-event-revisions";
import { FIELD_TEXTS } from "@/lib/revisions/diff-event-states";
import { mergeEventValues } from "@/lib/revisions/merge-event-values";
import { eventInputSchema, type EventInput } from "@/lib/schemas/event-input";
import { changeDecisionSchema } from "@/lib/schemas/review-input";
import { actionError, type ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { applyEventUpdate, StaleVersionError } from "../events/apply-event-update";
import { checkEventReferences } from "../events/check-event-references";
import { toEventMutationResult, type EventMutationResult } from "../events/event-mutation-result";
import { mapWriteError } from "../events/map-write-error";
import { resolveEventSlug } from "../events/resolve-event-slug";
import { runEventTransaction } from "../events/run-event-transaction";
import { parseInput } from "../parse-input";
import { checkReviewer } from "./check-reviewer";

class DecidedMeanwhileError extends Error {}

const valuesOf = (json: string): EventInput | null => {
  try {
    const parsed = eventInputSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/**
 * A reviewer approves or rejects a pending change to a published event. Approving applies it as one revision (via
 * review); if the event was changed since the change was made, the two are merged field by field, and where both
 * changed a field nothing is applied: the reviewer is told which fields, to reject it and ask for it again. Rejecting
 * keeps the published event as it is and tells the author why.
 */
export async function decidePendingChange(changeId: number, input: unknown, viewer: Viewer): Promise<ActionResult<EventMutationResult>> {
  const denied = checkReviewer(viewer, "approve or reject changes");
  if (denied) return denied;
  if (!Number.isSafeInteger(changeId) || changeId <= 0) return actionError("not_found", "There is no such pending change.");
  const parsed = parseInput(changeDecisionSchema, input, "The decision could not be recorded: check the fields marked.");
  if (!parsed.ok) return parsed;
  const { decision, comment } = parsed.data;

  const change = await db.pendingChange.findUnique({ where: { id: changeId }, include: { author: { select: { name: true } }, reviewer: { select: { name: true } } } });
  if (!change) return actionError("not_found", `There is no pending change ${changeId}.`);
  if (change.state !== "pending") return actionError("conflict", `This change was already ${change.state}${change.reviewer ? ` by ${change.reviewer.name}` : ""}.`);
  const decided = { reviewerId: viewer.userId, comment: comment || null, decidedAt: new Date() };
  const claim = async (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], state: "approved" | "rejected") => {
    const claimed = await tx.pendingChange.updateMany({ where: { id: changeId, state: "pending" }, data: { ...decided, state } });
    if (claimed.count === 0) throw new DecidedMeanwhileError();
  };

  const event = await readEditableEvent(db, change.eventId);
  if (!event) return actionError("not_found", `Event ${change.eventId} no longer exists.`);
  if (decision === "reject") {
    try {
      await db.$transaction(async (tx) => {
        await claim(tx, "rejected");
        await recordAudit({ action: "event.reject", actor: viewer, eventId: change.eventId, detail: { change: changeId, title: event.values.title, ...(comment && { comment }) } }, tx);
      });
    } catch (error) {
      if (error instanceof DecidedMeanwhileError) return actionError("conflict", "Someone decided on this change a moment ago.");
      throw error;
    }
    const row = await db.event.findUniqueOrThrow({ where: { id: change.eventId } });
    return { ok: true, data: toEventMutationResult(row) };
  }

  if (event.deletedAt) return actionError("invalid_input", "The event was deleted after this change was made; restore it from the trash first, or reject the change.");
  const mine = valuesOf(change.values);
  const theirs = eventInputSchema.safeParse(event.values);
  if (!mine || !theirs.success) return actionError("invalid_input", "This change no longer reads as a valid event; reject it and ask for it again.");
  let values = mine;
  if (event.values.version !== change.baseVersion) {
    const baseState = await getEventRevisionState(change.eventId, change.baseVersion);
    const base = baseState ? eventInputSchema.safeParse(baseState) : null;
    const outcome = mergeEventValues(base?.success ? base.data : null, mine, theirs.data);
    if (outcome.conflicts.length) {
      const fields = outcome.conflicts.map((field) => FIELD_TEXTS[field][0].toLowerCase()).join(", ");
      return actionError("conflict", `The event was edited after this change was made, and both changed: ${fields}. Nothing was applied: reject the change and ask ${change.author?.name ?? "its author"} to make it again on the current version.`);
    }
    values = outcome.merged;
  }
  const referenceErrors = await checkEventReferences(values, change.eventId);
  if (referenceErrors) return actionError("invalid_input", `This change refers to something that no longer exists (${Object.values(referenceErrors).flat().join(" ")}); reject it and ask for it again.`);

  const slug = await resolveEventSlug(values.slug, values.title, change.eventId);
  const reason = `${change.author?.name ?? "An editor"}'s change${change.reason ? `: ${change.reason}` : ""}${comment ? ` (reviewer: ${comment})` : ""}`;
  try {
    const row = await runEventTransaction(async (tx) => {
      await claim(tx, "approved");
      return applyEventUpdate(tx, { id: change.eventId, version: event.values.version, data: values, slug, viewer, action: "approve", via: "review", reason });
    });
    return { ok: true, data: toEventMutationResult(row) };
  } catch (error) {
    if (error instanceof DecidedMeanwhileError) return actionError("conflict", "Someone decided on this change a moment ago.");
    if (error instanceof StaleVersionError) return actionError("conflict", "The event was saved again while you approved; nothing was applied. Reload and approve again.");
    return mapWriteError(error, slug);
  }
}
