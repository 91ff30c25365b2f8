import { canAdminister, type Viewer } from "@/lib/domain/viewer";
import type { ActionResult } from "../action-result";
import { checkPermission } from "../check-permission";

export function checkAdmin(viewer: Viewer, what = "manage accounts"): ActionResult<never> | null {
  return checkPermission(viewer, canAdminister, what, "admins");
}
