import styles from "./entity-page.module.css";

/** Skeleton of an entity page while its counts load. */
export function EntityLoading({ what }: { what: string }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading {what}…</p>
      <div className={`skeleton ${styles.skeletonTitle}`} />
      <div className={`skeleton ${styles.skeletonCards}`} />
      <div className={styles.columns}>
        <div className={`skeleton ${styles.skeletonPanel}`} />
        <div className={`skeleton ${styles.skeletonPanel}`} />
      </div>
    </div>
  );
}
