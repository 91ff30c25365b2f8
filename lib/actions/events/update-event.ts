import { db } from "@/lib/db/client";
import type { RevisionVia } from "@/lib/domain/event-revision";
import type { EventStatus } from "@/lib/domain/event-vocabulary";
import { statusChangeRefusal } from "@/lib/domain/review";
import { canReview, type Viewer } from "@/lib/domain/viewer";
import { readFreshAppSettings } from "@/lib/queries/settings/read-app-settings";
import { eventUpdateSchema } from "@/lib/schemas/event-input";
import { actionError, type ActionResult } from "../action-result";
import { proposeChange } from "../review/propose-change";
import { applyEventUpdate, revisionActionFor, StaleVersionError } from "./apply-event-update";
import { checkEditor } from "./check-editor";
import { checkEventReferences } from "./check-event-references";
import { describeConflict } from "./describe-conflict";
import { isEventId, toEventMutationResult, type EventMutationResult } from "./event-mutation-result";
import { mapWriteError } from "./map-write-error";
import { parseEventInput } from "./parse-event-input";
import { resolveEventSlug } from "./resolve-event-slug";
import { runEventTransaction } from "./run-event-transaction";

/**
 * Replaces an event's fields, sources, links and outgoing relations with the input, in one transaction.
 * The input names the version it was based on; if the event has moved on since, nothing is written. The
 * revision is written in the same transaction; `revertsTo` names the earlier version the input brings back.
 * An editor's edit of a published event becomes a pending change instead when the admin setting holds such edits.
 */
export async function updateEvent(id: number, input: unknown, viewer: Viewer, via: RevisionVia = "api", revertsTo: number | null = null): Promise<ActionResult<EventMutationResult>> {
  const denied = checkEditor(viewer);
  if (denied) return denied;
  if (!isEventId(id)) return actionError("not_found", "There is no such event.");
  const parsed = parseEventInput(eventUpdateSchema, input);
  if (!parsed.ok) return parsed;
  const { version, reason, ...data } = parsed.data;

  const current = await db.event.findUnique({ where: { id }, select: { version: true, deletedAt: true, status: true } });
  if (!current) return actionError("not_found", `There is no event ${id}.`);
  // A version that moved on is a conflict even when the event was deleted since: the editor learns who deleted it.
  if (current.version !== version) return describeConflict(id, version, "save");
  if (current.deletedAt) return actionError("not_found", `Event ${id} is deleted; restore it before editing.`);
  const from = current.status as EventStatus;
  const refusal = statusChangeRefusal(viewer, from, data.status);
  if (refusal) return actionError("forbidden", refusal, { status: [refusal] });

  const referenceErrors = await checkEventReferences(data, id);
  if (referenceErrors) return actionError("invalid_input", "Some fields need attention.", referenceErrors);
  if (from === "published" && !canReview(viewer) && (await readFreshAppSettings()).holdPublishedEdits) {
    return proposeChange({ eventId: id, baseVersion: version, values: data, reason: reason || null, viewer, via });
  }

  const slug = await resolveEventSlug(data.slug, data.title, id);
  try {
    const updated = await runEventTransaction((tx) =>
      applyEventUpdate(tx, { id, version, data, slug, viewer, action: revisionActionFor(from, data.status, revertsTo), via, restoredFrom: revertsTo, reason }),
    );
    return { ok: true, data: toEventMutationResult(updated) };
  } catch (error) {
    if (error instanceof StaleVersionError) return describeConflict(id, version, "save");
    return mapWriteError(error, slug);
  }
}
