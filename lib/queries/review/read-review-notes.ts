import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { eventInputSchema, type EventInput } from "@/lib/schemas/event-input";

/** What the edit page tells its editor about review: a send-back's comment, their pending change, a rejection. */
export interface ReviewNotes {
  /** The last review step taken on the event, when it was a send-back: who, when and why. */
  sentBack: { by: string | null; at: string; comment: string | null } | null;
  /** The viewer's own pending change to this published event: the form edits it instead of the published values. */
  myPending: { id: number; since: string; values: EventInput; reason: string | null } | null;
  /** Pending changes by others. */
  othersPending: { id: number; by: string | null; since: string }[];
  /** The viewer's latest change, when a reviewer rejected it (and they have made none since). */
  myRejected: { by: string | null; at: string; comment: string | null } | null;
}

const REVIEW_STEPS = ["submit", "publish", "send_back", "unpublish"];

export async function readReviewNotes(eventId: number, viewer: Viewer): Promise<ReviewNotes> {
  const [lastStep, pending, myLatest] = await Promise.all([
    db.eventRevision.findFirst({
      where: { eventId, action: { in: REVIEW_STEPS } },
      orderBy: { version: "desc" },
      select: { action: true, reason: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.pendingChange.findMany({
      where: { eventId, state: "pending" },
      orderBy: { createdAt: "asc" },
      select: { id: true, authorId: true, values: true, reason: true, createdAt: true, author: { select: { name: true } } },
    }),
    viewer.userId
      ? db.pendingChange.findFirst({
          where: { eventId, authorId: viewer.userId, state: { not: "pending" } },
          orderBy: { updatedAt: "desc" },
          select: { state: true, comment: true, decidedAt: true, updatedAt: true, reviewer: { select: { name: true } } },
        })
      : null,
  ]);
  const mine = pending.find((change) => change.authorId === viewer.userId);
  const mineValues = mine ? eventInputSchema.safeParse(JSON.parse(mine.values)) : null;
  return {
    sentBack: lastStep?.action === "send_back" ? { by: lastStep.author?.name ?? null, at: lastStep.createdAt.toISOString(), comment: lastStep.reason } : null,
    myPending: mine && mineValues?.success ? { id: mine.id, since: mine.createdAt.toISOString(), values: mineValues.data, reason: mine.reason } : null,
    othersPending: pending.filter((change) => change.authorId !== viewer.userId).map((change) => ({ id: change.id, by: change.author?.name ?? null, since: change.createdAt.toISOString() })),
    myRejected: !mine && myLatest?.state === "rejected" ? { by: myLatest.reviewer?.name ?? null, at: (myLatest.decidedAt ?? myLatest.updatedAt).toISOString(), comment: myLatest.comment } : null,
  };
}
