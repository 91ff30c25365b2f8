import type { RevisionVia } from "@/lib/domain/event-revision";
import type { Viewer } from "@/lib/domain/viewer";
import type { ActionResult } from "../action-result";
import type { EventMutationResult } from "./event-mutation-result";
import { setEventDeleted } from "./set-event-deleted";

/** Soft-deletes an event at the version the caller saw ({ version }): it disappears from every list and page but can be restored. */
export function deleteEvent(id: number, input: unknown, viewer: Viewer, via: RevisionVia = "api"): Promise<ActionResult<EventMutationResult>> {
  return setEventDeleted(id, input, viewer, true, via);
}
