"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/get-viewer";
import type { ActionResult } from "../action-result";
import { createEvent } from "./create-event";
import { deleteEvent } from "./delete-event";
import type { EventMutationResult } from "./event-mutation-result";
import { purgeEvent } from "./purge-event";
import { restoreEvent } from "./restore-event";
import { revertEvent } from "./revert-event";
import { saveEventForm, type EventFormSaveResult } from "./save-event-form";

// Thin wrappers for the admin forms: the viewer comes from the session, never from the client.
async function afterWrite(result: ActionResult<EventMutationResult>) {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function createEventAction(input: unknown): Promise<ActionResult<EventMutationResult>> {
  return afterWrite(await createEvent(input, await getViewer(), "form"));
}

/** A save based on an older version merges with what was saved since, or returns the fields both changed (saveEventForm). */
export async function updateEventAction(id: number, input: unknown): Promise<EventFormSaveResult> {
  const result = await saveEventForm(id, input, await getViewer());
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** `input` is `{ version }`: the version the page showed, so that a delete never hides a save it did not see. */
export async function deleteEventAction(id: number, input: unknown): Promise<ActionResult<EventMutationResult>> {
  return afterWrite(await deleteEvent(id, input, await getViewer(), "form"));
}

export async function restoreEventAction(id: number, input: unknown): Promise<ActionResult<EventMutationResult>> {
  return afterWrite(await restoreEvent(id, input, await getViewer(), "form"));
}

/** `input` is `{ version }`: the deleted version the trash showed; admins only. */
export async function purgeEventAction(id: number, input: unknown): Promise<ActionResult<EventMutationResult>> {
  return afterWrite(await purgeEvent(id, input, await getViewer(), "form"));
}

/** `input` is `{ version }`: the version the page showed, so that bringing back an old one never hides a newer save. */
export async function revertEventAction(id: number, revision: number, input: unknown): Promise<ActionResult<EventMutationResult>> {
  return afterWrite(await revertEvent(id, revision, input, await getViewer(), "form"));
}
