import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { isViewToken } from "@/lib/schemas/saved-view";
import { actionError, type ActionResult } from "../action-result";

/**
 * The view behind a token if the viewer owns it. Someone else's private view is "not found", so its
 * existence does not leak; someone else's shared view is readable, hence "forbidden".
 */
export async function findOwnView(token: string, viewer: Viewer): Promise<{ ok: true; id: number } | (ActionResult<never> & { ok: false })> {
  const row = isViewToken(token) ? await db.savedView.findUnique({ where: { token }, select: { id: true, ownerId: true, shared: true } }) : null;
  if (!row || (row.ownerId !== viewer.userId && !row.shared)) return actionError("not_found", "There is no such saved view.") as ActionResult<never> & { ok: false };
  if (row.ownerId !== viewer.userId) return actionError("forbidden", "Only its owner can change a saved view.") as ActionResult<never> & { ok: false };
  return { ok: true, id: row.id };
}
