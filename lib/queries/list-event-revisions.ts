import { db } from "@/lib/db/client";
import type { RevisionAction, RevisionVia } from "@/lib/domain/event-revision";
import { parseEventState, type EventState } from "@/lib/revisions/event-state";

export interface EventRevisionSummary {
  version: number;
  action: RevisionAction;
  via: RevisionVia;
  /** revert: the version it brought back. */
  restoredFrom: number | null;
  authorName: string | null;
  /** Why, in the editor's words; null when none was given. */
  reason: string | null;
  createdAt: string;
}

const SUMMARY_SELECT = { version: true, action: true, via: true, restoredFrom: true, reason: true, createdAt: true, author: { select: { name: true } } } as const;

type SummaryRow = { version: number; action: string; via: string; restoredFrom: number | null; reason: string | null; createdAt: Date; author: { name: string } | null };

function toSummary(row: SummaryRow): EventRevisionSummary {
  return {
    version: row.version,
    action: row.action as RevisionAction,
    via: row.via as RevisionVia,
    restoredFrom: row.restoredFrom,
    authorName: row.author?.name ?? null,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

/** An event's revisions, newest first (lib/actions/events/write-revision.ts writes them). */
export async function listEventRevisions(eventId: number): Promise<EventRevisionSummary[]> {
  const rows = await db.eventRevision.findMany({ where: { eventId }, orderBy: { version: "desc" }, select: SUMMARY_SELECT });
  return rows.map(toSummary);
}

export interface EventRevisionWithState extends EventRevisionSummary {
  state: EventState;
}

/** The newest `limit` revisions with the event as each left it, newest first, and the one before them (to diff the oldest shown). */
export async function listEventRevisionStates(eventId: number, limit: number): Promise<{ revisions: EventRevisionWithState[]; before: EventState | null }> {
  const rows = await db.eventRevision.findMany({ where: { eventId }, orderBy: { version: "desc" }, take: limit + 1, select: { ...SUMMARY_SELECT, state: true } });
  const revisions = rows.slice(0, limit).map((row) => ({ ...toSummary(row), state: parseEventState(row.state) }));
  const older = rows[limit];
  return { revisions, before: older ? parseEventState(older.state) : null };
}

/** The event as revision `version` left it, or null when there is no such revision. */
export async function getEventRevisionState(eventId: number, version: number): Promise<EventState | null> {
  const row = await db.eventRevision.findUnique({ where: { eventId_version: { eventId, version } }, select: { state: true } });
  return row ? parseEventState(row.state) : null;
}
