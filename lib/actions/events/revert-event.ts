import { db } from "@/lib/db/client";
import type { RevisionVia } from "@/lib/domain/event-revision";
import type { Viewer } from "@/lib/domain/viewer";
import { parseEventState } from "@/lib/revisions/event-state";
import { eventVersionSchema } from "@/lib/schemas/event-input";
import { actionError, type ActionResult } from "../action-result";
import { checkEditor } from "./check-editor";
import { isEventId, type EventMutationResult } from "./event-mutation-result";
import { parseEventInput } from "./parse-event-input";
import { updateEvent } from "./update-event";

/**
 * Brings back the event as revision `revision` left it (fields, dates, sources, links, parent and relations), as an
 * edit of the version the caller saw ({ version }): a save made since is a conflict, not overwritten. The change is a
 * new revision ("revert"), so it can itself be undone. A deleted event is restored from the trash first.
 */
export async function revertEvent(id: number, revision: number, input: unknown, viewer: Viewer, via: RevisionVia = "api"): Promise<ActionResult<EventMutationResult>> {
  const denied = checkEditor(viewer);
  if (denied) return denied;
  if (!isEventId(id) || !Number.isSafeInteger(revision) || revision < 1) return actionError("not_found", "There is no such revision.");
  const parsed = parseEventInput(eventVersionSchema, input);
  if (!parsed.ok) return parsed;
  const row = await db.eventRevision.findUnique({ where: { eventId_version: { eventId: id, version: revision } }, select: { state: true } });
  if (!row) return actionError("not_found", `Event ${id} has no version ${revision}.`);
  const { deletedAt: _deletedAt, ...values } = parseEventState(row.state);
  return updateEvent(id, { ...values, version: parsed.data.version }, viewer, via, revision);
}
