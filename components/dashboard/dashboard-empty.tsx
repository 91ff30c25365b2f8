import Link from "next/link";
import styles from "./dashboard.module.css";

/** Shown instead of charts when the filter matches no event. */
export function DashboardEmpty({ filtered }: { filtered: boolean }) {
  return (
    <section aria-labelledby="empty-heading" className={styles.empty}>
      <h2 id="empty-heading">No events match</h2>
      {filtered ? (
        <p>
          Nothing matches these filters, so there is nothing to chart. Loosen a filter above, or <Link href="/dashboard">clear all filters</Link>.
        </p>
      ) : (
        <p>There are no published events yet. Charts appear here once events are added.</p>
      )}
    </section>
  );
}
