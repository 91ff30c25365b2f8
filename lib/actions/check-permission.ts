import type { Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "./action-result";

/**
 * The first thing a mutation does: anonymous → unauthenticated, a role without the right → forbidden. `what` and
 * `whoMay` finish the sentences: "Sign in to manage accounts." / "Only admins can manage accounts."
 */
export function checkPermission(viewer: Viewer, allowed: (viewer: Viewer) => boolean, what: string, whoMay: string): ActionResult<never> | null {
  if (!viewer.userId || viewer.role === "anonymous") return actionError("unauthenticated", `Sign in to ${what}.`);
  if (!allowed(viewer)) return actionError("forbidden", `Only ${whoMay} can ${what}.`);
  return null;
}
