import type { Prisma } from "@/lib/db/client";
import { canEdit, type Viewer } from "@/lib/domain/viewer";
import type { StatusFilter } from "@/lib/filters/event-filter";

/**
 * THE rule of who reads what: readers see published events that are not deleted; editors see drafts too, and a
 * deleted event's own page (to restore it). Lists never show deleted events to anyone (the trash lists those).
 */

/** The statuses a viewer's lists and counts hold: readers' are always "published", whatever they ask for. */
export function readableStatus(viewer: Viewer, requested: StatusFilter = "any"): StatusFilter {
  return canEdit(viewer) ? requested : "published";
}

/** Whether the viewer may open this event's own page. */
export function canReadEvent(row: { status: string; deletedAt: Date | null }, viewer: Viewer): boolean {
  return canEdit(viewer) || (row.status === "published" && row.deletedAt === null);
}

/** The same rule as a Prisma condition, for reading events linked from a page. */
export function readableEventsWhere(viewer: Viewer): Prisma.EventWhereInput {
  return canEdit(viewer) ? {} : { status: "published", deletedAt: null };
}
