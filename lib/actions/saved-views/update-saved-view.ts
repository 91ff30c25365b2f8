import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { savedViewPatchSchema } from "@/lib/schemas/saved-view";
import { savedViewSelect, toSavedViewSummary, type SavedViewSummary } from "@/lib/queries/saved-views/saved-view-summary";
import type { ActionResult } from "../action-result";
import { checkSignedIn } from "./check-signed-in";
import { findOwnView } from "./find-own-view";
import { parseInput } from "../parse-input";

/** Renames a view or shares/unshares it; owner only. */
export async function updateSavedView(token: string, input: unknown, viewer: Viewer): Promise<ActionResult<SavedViewSummary>> {
  const denied = checkSignedIn(viewer);
  if (denied) return denied;
  const own = await findOwnView(token, viewer);
  if (!own.ok) return own;
  const parsed = parseInput(savedViewPatchSchema, input, "The view could not be changed.");
  if (!parsed.ok) return parsed;
  const row = await db.savedView.update({ where: { id: own.id }, data: parsed.data, select: savedViewSelect });
  return { ok: true, data: toSavedViewSummary(row) };
}
