import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { savedViewSelect, toSavedViewSummary, type SavedViewSummary } from "./saved-view-summary";

/** The viewer's own views, last changed first; none for a signed-out viewer. */
export async function listSavedViews(viewer: Viewer): Promise<SavedViewSummary[]> {
  if (!viewer.userId) return [];
  const rows = await db.savedView.findMany({ where: { ownerId: viewer.userId }, select: savedViewSelect, orderBy: [{ updatedAt: "desc" }, { id: "desc" }] });
  return rows.map(toSavedViewSummary);
}
