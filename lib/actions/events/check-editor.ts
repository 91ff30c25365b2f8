import { canEdit, type Viewer } from "@/lib/domain/viewer";
import type { ActionResult } from "../action-result";
import { checkPermission } from "../check-permission";

/** Every event mutation (and every read only editors may make) starts here: "Sign in to change events." */
export function checkEditor(viewer: Viewer, what = "change events"): ActionResult<never> | null {
  return checkPermission(viewer, canEdit, what, "editors, reviewers and admins");
}
