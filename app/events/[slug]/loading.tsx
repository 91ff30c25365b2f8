import styles from "./loading.module.css";

export default function EventLoading() {
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">Loading event…</p>
      <div className={`skeleton ${styles.crumbs}`} />
      <div className={`skeleton ${styles.title}`} />
      <div className={styles.layout}>
        <div className={styles.main}>
          {Array.from({ length: 6 }, (_, index) => <div key={index} className={`skeleton ${styles.line}`} />)}
        </div>
        <div className={`skeleton ${styles.aside}`} />
      </div>
    </div>
  );
}
