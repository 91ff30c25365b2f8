import styles from "./compare-page.module.css";

export default function CompareLoading() {
  return (
    <div aria-busy="true">
      <h1>Compare</h1>
      <p className="visually-hidden" role="status">Loading the comparison…</p>
      <div className={`skeleton ${styles.skeletonPlot}`} />
    </div>
  );
}
