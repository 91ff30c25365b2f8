import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { canReadEvent } from "./visibility";

/** Whether the viewer may open the event at slug; a cheap check that lets a page answer 404 before it streams. */
export async function isEventVisible(slug: string, viewer: Viewer): Promise<boolean> {
  const row = await db.event.findUnique({ where: { slug }, select: { status: true, deletedAt: true } });
  if (!row) return false;
  return canReadEvent(row, viewer);
}
