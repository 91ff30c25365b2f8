import { canReview, type Viewer } from "@/lib/domain/viewer";
import type { ActionResult } from "../action-result";
import { checkPermission } from "../check-permission";

/** Review decisions start here: "Only reviewers and admins can publish or send back events." */
export function checkReviewer(viewer: Viewer, what = "publish, unpublish or send back events"): ActionResult<never> | null {
  return checkPermission(viewer, canReview, what, "reviewers and admins");
}
