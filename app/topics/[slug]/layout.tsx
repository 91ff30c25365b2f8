import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { loadEntity } from "./load-entity";

/** Answers 404 before the page streams behind its skeleton (once streaming starts the status is 200). */
export default async function TopicLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await loadEntity((await params).slug))) notFound();
  return children;
}
