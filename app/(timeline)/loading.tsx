import styles from "./timeline-page.module.css";

export default function TimelineLoading() {
  return (
    <div aria-busy="true">
      <h1>Timeline</h1>
      <p className="visually-hidden" role="status">Loading the timeline…</p>
      <div className={`skeleton ${styles.skeletonBar}`} />
      <div className={styles.skeletonLayout}>
        <div className={`skeleton ${styles.skeletonTimeline}`} />
        <div className={styles.skeletonList}>
          {Array.from({ length: 6 }, (_, index) => (
            <div key={index} className="skeleton" />
          ))}
        </div>
      </div>
    </div>
  );
}
