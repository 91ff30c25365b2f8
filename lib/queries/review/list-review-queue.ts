import { db } from "@/lib/db/client";
import { diffEventStates, type FieldChange } from "@/lib/revisions/diff-event-states";
import { parseEventState, type EventState } from "@/lib/revisions/event-state";
import { eventInputSchema } from "@/lib/schemas/event-input";
import { loadStateLabels } from "../load-state-labels";

/** One thing waiting for a reviewer: an event submitted for review, or a pending change to a published event. */
export interface ReviewItem {
  kind: "submission" | "change";
  key: string;
  eventId: number;
  eventSlug: string;
  /** The event's title as readers see it now (a change may propose another). */
  title: string;
  /** The event's current version: what a decision on a submission is made against. */
  version: number;
  changeId: number | null;
  by: string | null;
  /** ISO time it has waited since. */
  since: string;
  reason: string | null;
  /** What the reviewer decides on: a submission against its last published state (or everything, if never published); a change against the version it was made on. */
  changes: FieldChange[];
  /** A submission that was never published, or a change whose event was edited since it was made. */
  note: string | null;
}

export interface ReviewQueue {
  items: ReviewItem[];
  submissions: number;
  changes: number;
  /** How many of each the page shows at most: the oldest first. */
  shown: number;
}

const PAGE = 25;
const asState = (values: unknown): EventState => ({ ...(values as Omit<EventState, "deletedAt">), deletedAt: null });

/** The last state of an event readers saw, from its revisions: null if it was never published. */
async function lastPublishedState(eventId: number): Promise<EventState | null> {
  const row = await db.eventRevision.findFirst({
    where: { eventId, state: { contains: '"status":"published"' } },
    orderBy: { version: "desc" },
    select: { state: true },
  });
  return row ? parseEventState(row.state) : null;
}

async function currentState(eventId: number): Promise<EventState | null> {
  const row = await db.eventRevision.findFirst({ where: { eventId }, orderBy: { version: "desc" }, select: { state: true } });
  return row ? parseEventState(row.state) : null;
}

/** The review queue, oldest waiting first: submissions, then pending changes; each with its change as a diff. */
export async function listReviewQueue(limit = PAGE): Promise<ReviewQueue> {
  const [submissionRows, changeRows, submissions, changes] = await Promise.all([
    db.event.findMany({
      where: { status: "in_review", deletedAt: null },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, slug: true, title: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
    db.pendingChange.findMany({
      where: { state: "pending", event: { deletedAt: null } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, eventId: true, baseVersion: true, values: true, reason: true, createdAt: true, author: { select: { name: true } }, event: { select: { slug: true, title: true, version: true } } },
    }),
    db.event.count({ where: { status: "in_review", deletedAt: null } }),
    db.pendingChange.count({ where: { state: "pending", event: { deletedAt: null } } }),
  ]);

  const submissionStates = await Promise.all(submissionRows.map(async (row) => ({ before: await lastPublishedState(row.id), after: await currentState(row.id) })));
  const changeStates = await Promise.all(
    changeRows.map(async (row) => {
      const base = await db.eventRevision.findUnique({ where: { eventId_version: { eventId: row.eventId, version: row.baseVersion } }, select: { state: true } });
      const proposed = eventInputSchema.safeParse(JSON.parse(row.values));
      return { before: base ? parseEventState(base.state) : null, after: proposed.success ? asState(proposed.data) : null };
    }),
  );
  const states = [...submissionStates, ...changeStates].flatMap(({ before, after }) => [before, after].filter((state): state is EventState => state !== null));
  const labels = await loadStateLabels(states);

  const items: ReviewItem[] = [
    ...submissionRows.map((row, index): ReviewItem => {
      const { before, after } = submissionStates[index]!;
      return {
        kind: "submission",
        key: `event-${row.id}`,
        eventId: row.id,
        eventSlug: row.slug,
        title: row.title,
        version: row.version,
        changeId: null,
        by: row.updatedBy?.name ?? null,
        since: row.updatedAt.toISOString(),
        reason: null,
        changes: after ? diffEventStates(before, after, labels) : [],
        note: before ? null : "New: never published, so every field is shown.",
      };
    }),
    ...changeRows.map((row, index): ReviewItem => {
      const { before, after } = changeStates[index]!;
      const movedOn = row.event.version !== row.baseVersion;
      return {
        kind: "change",
        key: `change-${row.id}`,
        eventId: row.eventId,
        eventSlug: row.event.slug,
        title: row.event.title,
        version: row.event.version,
        changeId: row.id,
        by: row.author?.name ?? null,
        since: row.createdAt.toISOString(),
        reason: row.reason,
        changes: after ? diffEventStates(before, after, labels) : [],
        note: movedOn ? `The event was edited after this change was made (version ${row.baseVersion}, now ${row.event.version}): approving merges the two, field by field.` : null,
      };
    }),
  ];
  return { items, submissions, changes, shown: limit };
}
