import type { Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";

/** Any signed-in user, viewers included, may keep views. */
export function checkSignedIn(viewer: Viewer): (ActionResult<never> & { ok: false }) | null {
  if (!viewer.userId || viewer.role === "anonymous") return actionError("unauthenticated", "Sign in to save views.") as ActionResult<never> & { ok: false };
  return null;
}
