import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";
import { canEdit, type Viewer } from "@/lib/domain/viewer";

/**
 * The server guard of every admin page: signed out → the sign-in page, coming back to `path` after;
 * signed in without an editor role → `allowed: false`, and the page shows <ForbiddenNotice/>.
 */
export async function requireEditorPage(path: string): Promise<{ viewer: Viewer; allowed: boolean }> {
  const viewer = await getViewer();
  if (!viewer.userId) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return { viewer, allowed: canEdit(viewer) };
}
