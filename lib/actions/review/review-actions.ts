"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/get-viewer";
import type { ActionResult } from "../action-result";
import type { EventMutationResult } from "../events/event-mutation-result";
import { decideEvent } from "./decide-event";
import { decidePendingChange } from "./decide-pending-change";
import { withdrawPendingChange } from "./withdraw-pending-change";

// Thin wrappers for the review queue and the edit page: the viewer comes from the session, never from the client.
async function afterWrite<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** `input` is `{ decision: "publish" | "send_back" | "unpublish", version, comment }`. */
export async function decideEventAction(id: number, input: unknown): Promise<ActionResult<EventMutationResult>> {
  return afterWrite(await decideEvent(id, input, await getViewer()));
}

/** `input` is `{ decision: "approve" | "reject", comment }`. */
export async function decidePendingChangeAction(changeId: number, input: unknown): Promise<ActionResult<EventMutationResult>> {
  return afterWrite(await decidePendingChange(changeId, input, await getViewer()));
}

export async function withdrawPendingChangeAction(changeId: number): Promise<ActionResult<{ id: number }>> {
  return afterWrite(await withdrawPendingChange(changeId, await getViewer()));
}
