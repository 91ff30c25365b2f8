import { db } from "@/lib/db/client";
import { EVENT_STATUS_LABELS, type EventStatus } from "@/lib/domain/event-vocabulary";
import { REVIEW_DECISION_FROM, REVIEW_DECISION_RESULT } from "@/lib/domain/review";
import type { Viewer } from "@/lib/domain/viewer";
import { reviewDecisionSchema } from "@/lib/schemas/review-input";
import { actionError, type ActionResult } from "../action-result";
import { describeConflict } from "../events/describe-conflict";
import { eventMutationSelect, isEventId, toEventMutationResult, type EventMutationResult } from "../events/event-mutation-result";
import { runEventTransaction } from "../events/run-event-transaction";
import { writeRevision } from "../events/write-revision";
import { parseInput } from "../parse-input";
import { checkReviewer } from "./check-reviewer";

const DECISION_NAMES = { publish: "published", send_back: "sent back", unpublish: "unpublished" } as const;

/**
 * A reviewer publishes, sends back (with a comment the editor sees) or unpublishes an event, at the version they
 * reviewed: a save made since is a conflict, so nobody publishes what they have not seen. One revision, via review.
 */
export async function decideEvent(id: number, input: unknown, viewer: Viewer): Promise<ActionResult<EventMutationResult>> {
  const denied = checkReviewer(viewer);
  if (denied) return denied;
  if (!isEventId(id)) return actionError("not_found", "There is no such event.");
  const parsed = parseInput(reviewDecisionSchema, input, "The decision could not be recorded: check the fields marked.");
  if (!parsed.ok) return parsed;
  const { decision, version, comment } = parsed.data;
  const from = REVIEW_DECISION_FROM[decision];

  const written = await runEventTransaction(async (tx) => {
    const claimed = await tx.event.updateMany({
      where: { id, version, deletedAt: null, status: { in: [...from] } },
      data: { status: REVIEW_DECISION_RESULT[decision], version: { increment: 1 }, updatedById: viewer.userId },
    });
    if (!claimed.count) return null;
    await writeRevision(tx, id, decision, "review", viewer, null, comment || null);
    return tx.event.findUniqueOrThrow({ where: { id }, select: eventMutationSelect });
  });
  if (written) return { ok: true, data: toEventMutationResult(written) };

  const current = await db.event.findUnique({ where: { id }, select: { version: true, deletedAt: true, status: true } });
  if (!current) return actionError("not_found", `There is no event ${id}.`);
  if (current.version !== version) return describeConflict(id, version, "save");
  if (current.deletedAt) return actionError("not_found", `Event ${id} is deleted; restore it first.`);
  const status = EVENT_STATUS_LABELS[current.status as EventStatus]?.toLowerCase() ?? current.status;
  return actionError("invalid_input", `This event is ${status}, so it cannot be ${DECISION_NAMES[decision]}.`, { decision: [`Only an event that is ${from.map((s) => EVENT_STATUS_LABELS[s].toLowerCase()).join(" or ")} can be ${DECISION_NAMES[decision]}.`] });
}
