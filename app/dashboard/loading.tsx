import styles from "@/components/dashboard/dashboard.module.css";

export default function DashboardLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <div className={styles.header}>
        <h1>Dashboard</h1>
        <p className={styles.period}>Counting events…</p>
      </div>
      <div className={styles.cards}>
        {[0, 1, 2, 3].map((key) => (
          <div key={key} className={`skeleton ${styles.skeletonCard}`} />
        ))}
      </div>
      <div className={styles.charts}>
        <div className={`skeleton ${styles.skeletonChart} ${styles.wide}`} />
        <div className={`skeleton ${styles.skeletonChart}`} />
        <div className={`skeleton ${styles.skeletonChart}`} />
      </div>
    </div>
  );
}
