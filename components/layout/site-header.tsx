import { Suspense } from "react";
import Link from "next/link";
import { getViewer } from "@/lib/auth/get-viewer";
import { canEdit } from "@/lib/domain/viewer";
import { signOutAction } from "@/lib/actions/auth/sign-out-action";
import { SAVED_VIEW_PATHS } from "@/lib/schemas/saved-view";
import { SaveViewControl } from "@/components/saved-views/save-view-control";
import styles from "./site-header.module.css";

export async function SiteHeader() {
  const viewer = await getViewer();
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>Chronicle</Link>
        <nav aria-label="Main" className={styles.nav}>
          <Link href="/">Timeline</Link>
          <Link href="/events">Events</Link>
          <Link href="/dashboard">Dashboard</Link>
          <Link href="/compare">Compare</Link>
          {viewer.userId && <Link href="/views">Saved views</Link>}
          {canEdit(viewer) && <Link href="/admin">Admin</Link>}
        </nav>
        <div className={styles.account}>
          {viewer.userId && (
            <Suspense fallback={null}>
              <SaveViewControl paths={SAVED_VIEW_PATHS} />
            </Suspense>
          )}
          {viewer.userId ? (
            <form action={signOutAction} className={styles.signOut}>
              <span className={styles.who}>
                {viewer.name} <span className="muted">({viewer.role})</span>
              </span>
              <button type="submit">Sign out</button>
            </form>
          ) : (
            <Link href="/sign-in">Sign in</Link>
          )}
        </div>
      </div>
    </header>
  );
}
