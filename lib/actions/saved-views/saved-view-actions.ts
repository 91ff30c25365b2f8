"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/get-viewer";
import type { SavedViewSummary } from "@/lib/queries/saved-views/saved-view-summary";
import type { ActionResult } from "../action-result";
import { createSavedView } from "./create-saved-view";
import { deleteSavedView } from "./delete-saved-view";
import { updateSavedView } from "./update-saved-view";

// Thin wrappers for the header control and /views: the viewer comes from the session, never from the client.
async function afterWrite<T>(result: ActionResult<T>) {
  if (result.ok) revalidatePath("/views");
  return result;
}

export async function createSavedViewAction(input: unknown): Promise<ActionResult<SavedViewSummary>> {
  return afterWrite(await createSavedView(input, await getViewer()));
}

export async function renameSavedViewAction(token: string, name: string): Promise<ActionResult<SavedViewSummary>> {
  return afterWrite(await updateSavedView(token, { name }, await getViewer()));
}

export async function shareSavedViewAction(token: string, shared: boolean): Promise<ActionResult<SavedViewSummary>> {
  return afterWrite(await updateSavedView(token, { shared }, await getViewer()));
}

export async function deleteSavedViewAction(token: string): Promise<ActionResult<{ token: string }>> {
  return afterWrite(await deleteSavedView(token, await getViewer()));
}
