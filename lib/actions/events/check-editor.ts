import { canEdit, type Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";

/**
 * The first thing every mutation (and every read only editors may make) does: anonymous → unauthenticated, a reader
 * → forbidden. `what` finishes the sentences: "Sign in to change events."
 */
export function checkEditor(viewer: Viewer, what = "change events"): ActionResult<never> | null {
  if (!viewer.userId || viewer.role === "anonymous") return actionError("unauthenticated", `Sign in to ${what}.`);
  if (!canEdit(viewer)) return actionError("forbidden", `Only editors and admins can ${what}.`);
  return null;
}
