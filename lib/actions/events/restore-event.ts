import type { RevisionVia } from "@/lib/domain/event-revision";
import type { Viewer } from "@/lib/domain/viewer";
import type { ActionResult } from "../action-result";
import type { EventMutationResult } from "./event-mutation-result";
import { setEventDeleted } from "./set-event-deleted";

/** Brings a soft-deleted event back as it was, at the version the caller saw ({ version }). */
export function restoreEvent(id: number, input: unknown, viewer: Viewer, via: RevisionVia = "api"): Promise<ActionResult<EventMutationResult>> {
  return setEventDeleted(id, input, viewer, false, via);
}
