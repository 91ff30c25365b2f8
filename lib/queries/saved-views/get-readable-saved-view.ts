import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { isViewToken } from "@/lib/schemas/saved-view";
import { savedViewSelect, toSavedViewSummary, type SavedViewSummary } from "./saved-view-summary";

/**
 * The view behind a link, when the viewer may open it: its owner always, anyone (signed out too) when
 * it is shared. Otherwise null, so a private view and a missing one look the same.
 */
export async function getReadableSavedView(token: string, viewer: Viewer): Promise<(SavedViewSummary & { own: boolean }) | null> {
  if (!isViewToken(token)) return null;
  const row = await db.savedView.findUnique({ where: { token }, select: savedViewSelect });
  if (!row) return null;
  const own = viewer.userId !== null && row.ownerId === viewer.userId;
  if (!own && !row.shared) return null;
  return { ...toSavedViewSummary(row), own };
}
