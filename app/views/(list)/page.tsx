import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";
import { listSavedViews } from "@/lib/queries/saved-views/list-saved-views";
import { describeView } from "@/components/saved-views/describe-view";
import { SavedViewRow } from "@/components/saved-views/saved-view-row";
import styles from "@/components/saved-views/saved-views.module.css";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";

export const metadata: Metadata = { title: "Saved views" };


export default async function SavedViewsPage() {
  const viewer = await getViewer();
  if (!viewer.userId) redirect("/sign-in?next=%2Fviews");
  const views = await listSavedViews(viewer);
  return (
    <>
      <h1>Saved views</h1>
      <p className="muted">A saved view reopens a page with the filters, window and table settings it had. Share one to let anyone with its link open it.</p>
      {views.length === 0 ? (
        <section className={styles.empty} aria-labelledby="no-views-heading">
          <h2 id="no-views-heading">No saved views yet</h2>
          <p>
            Set filters on the <Link href="/">timeline</Link>, the <Link href="/events">events table</Link> or the{" "}
            <Link href="/dashboard">dashboard</Link>, then choose “Save this view” at the top of the page.
          </p>
        </section>
      ) : (
        <ul className={styles.list} aria-label="Your saved views">
          {views.map((view) => (
            <SavedViewRow key={view.token} view={{ token: view.token, name: view.name, shared: view.shared, updatedLabel: formatUtcMinute(view.updatedAt), ...describeView(view.path, view.query) }} />
          ))}
        </ul>
      )}
    </>
  );
}
