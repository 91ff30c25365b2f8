import type { RevisionVia } from "@/lib/domain/event-revision";
import { statusChangeRefusal } from "@/lib/domain/review";
import type { Viewer } from "@/lib/domain/viewer";
import { eventInputSchema } from "@/lib/schemas/event-input";
import { actionError, type ActionResult } from "../action-result";
import { checkEditor } from "./check-editor";
import { checkEventReferences } from "./check-event-references";
import { eventMutationSelect, toEventMutationResult, type EventMutationResult } from "./event-mutation-result";
import { mapWriteError } from "./map-write-error";
import { parseEventInput } from "./parse-event-input";
import { resolveEventSlug } from "./resolve-event-slug";
import { runEventTransaction } from "./run-event-transaction";
import { createEventChildren, toEventColumns } from "./write-event-rows";
import { writeRevision } from "./write-revision";

/** Creates an event with its sources, links and relations, and its first revision, in one transaction. */
export async function createEvent(input: unknown, viewer: Viewer, via: RevisionVia = "api"): Promise<ActionResult<EventMutationResult>> {
  const denied = checkEditor(viewer);
  if (denied) return denied;
  const parsed = parseEventInput(eventInputSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  const refusal = statusChangeRefusal(viewer, null, data.status);
  if (refusal) return actionError("forbidden", refusal, { status: [refusal] });

  const referenceErrors = await checkEventReferences(data, null);
  if (referenceErrors) return actionError("invalid_input", "Some fields need attention.", referenceErrors);

  const slug = await resolveEventSlug(data.slug, data.title, null);
  try {
    const created = await runEventTransaction(async (tx) => {
      const row = await tx.event.create({
        data: { ...toEventColumns(data, slug), createdById: viewer.userId, updatedById: viewer.userId },
        select: eventMutationSelect,
      });
      await createEventChildren(tx, row.id, data);
      await writeRevision(tx, row.id, "create", via, viewer);
      return row;
    });
    return { ok: true, data: toEventMutationResult(created) };
  } catch (error) {
    return mapWriteError(error, slug);
  }
}
