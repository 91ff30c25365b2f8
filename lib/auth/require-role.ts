import { forbidden, redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";
import type { Viewer } from "@/lib/domain/viewer";
import { currentRequestPath } from "./request-path";

/**
 * The server guard of every editors' and admins' page: signed out → the sign-in page, coming back here after;
 * signed in without the role → a real 403 (app/forbidden.tsx). Layouts call it so the status is decided before a
 * page streams behind its loading skeleton; pages call it again, since a page renders alongside its layout.
 */
export async function requirePageRole(allowed: (viewer: Viewer) => boolean): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer.userId) redirect(`/sign-in?next=${encodeURIComponent(await currentRequestPath())}`);
  if (!allowed(viewer)) forbidden();
  return viewer;
}
