import { db } from "@/lib/db/client";
import type { RevisionAction, RevisionVia } from "@/lib/domain/event-revision";

export interface EventRevisionSummary {
  version: number;
  action: RevisionAction;
  via: RevisionVia;
  authorName: string | null;
  createdAt: string;
}

/** An event's revisions, newest first (lib/actions/events/write-revision.ts writes them). */
export async function listEventRevisions(eventId: number): Promise<EventRevisionSummary[]> {
  const rows = await db.eventRevision.findMany({
    where: { eventId },
    orderBy: { version: "desc" },
    select: { version: true, action: true, via: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((row) => ({
    version: row.version,
    action: row.action as RevisionAction,
    via: row.via as RevisionVia,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}
