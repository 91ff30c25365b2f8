import { notFound, redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";
import { getReadableSavedView } from "@/lib/queries/saved-views/get-readable-saved-view";
import { savedViewTarget } from "@/lib/queries/saved-views/saved-view-summary";

/** A saved view's link: its page with its query for the owner, or for anyone when shared; 404 otherwise. */
export default async function OpenSavedViewPage({ params }: { params: Promise<{ token: string }> }) {
  const view = await getReadableSavedView((await params).token, await getViewer());
  if (!view) notFound();
  redirect(savedViewTarget(view));
}
