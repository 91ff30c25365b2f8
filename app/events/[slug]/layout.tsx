import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";
import { isEventVisible } from "@/lib/queries/is-event-visible";

/**
 * Decides 404 before the page streams behind its loading skeleton: once streaming starts the status
 * is already 200, so a missing or hidden event must be refused here, outside that boundary.
 */
export default async function EventLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await isEventVisible((await params).slug, await getViewer()))) notFound();
  return children;
}
