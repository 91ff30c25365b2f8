import { canEdit, type Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";

/** The first thing every mutation does: anonymous → unauthenticated, a reader → forbidden. */
export function checkEditor(viewer: Viewer): ActionResult<never> | null {
  if (!viewer.userId || viewer.role === "anonymous") return actionError("unauthenticated", "Sign in to change events.");
  if (!canEdit(viewer)) return actionError("forbidden", "Only editors and admins can change events.");
  return null;
}
