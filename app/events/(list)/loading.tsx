import styles from "./loading.module.css";

export default function EventsLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <h1>Events</h1>
      <p className="visually-hidden">Loading events…</p>
      <div className={`skeleton ${styles.filters}`} />
      <div className={`skeleton ${styles.count}`} />
      <div className={styles.table}>
        {Array.from({ length: 10 }, (_, index) => (
          <div key={index} className={`skeleton ${styles.row}`} />
        ))}
      </div>
    </div>
  );
}
