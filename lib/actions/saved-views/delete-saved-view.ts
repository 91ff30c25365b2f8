import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { ActionResult } from "../action-result";
import { checkSignedIn } from "./check-signed-in";
import { findOwnView } from "./find-own-view";

/** Deletes a view for good (its link stops working); owner only. */
export async function deleteSavedView(token: string, viewer: Viewer): Promise<ActionResult<{ token: string }>> {
  const denied = checkSignedIn(viewer);
  if (denied) return denied;
  const own = await findOwnView(token, viewer);
  if (!own.ok) return own;
  await db.savedView.delete({ where: { id: own.id } });
  return { ok: true, data: { token } };
}
