import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { savedViewInputSchema } from "@/lib/schemas/saved-view";
import { parseInput } from "../parse-input";
import { savedViewSelect, toSavedViewSummary, type SavedViewSummary } from "@/lib/queries/saved-views/saved-view-summary";
import { actionError, type ActionResult } from "../action-result";
import { checkSignedIn } from "./check-signed-in";
import { checkViewFilters } from "./check-view-filters";

/** 72 random bits, URL-safe: a link cannot be guessed from another. */
export function newViewToken(): string {
  return randomBytes(9).toString("base64url");
}

/** Saves the page and query the viewer is looking at under a name; any signed-in role may. */
export async function createSavedView(input: unknown, viewer: Viewer): Promise<ActionResult<SavedViewSummary>> {
  const denied = checkSignedIn(viewer);
  if (denied) return denied;
  const parsed = parseInput(savedViewInputSchema, input, "The view could not be saved.");
  if (!parsed.ok) return parsed;
  const problems = await checkViewFilters(parsed.data.path, parsed.data.query);
  if (problems.length) return actionError("invalid_input", "The view could not be saved.", { query: problems });
  const row = await db.savedView.create({
    data: { ...parsed.data, token: newViewToken(), ownerId: viewer.userId! },
    select: savedViewSelect,
  });
  return { ok: true, data: toSavedViewSummary(row) };
}
