import styles from "@/components/saved-views/saved-views.module.css";

export default function SavedViewsLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <h1>Saved views</h1>
      <p className="visually-hidden">Loading your saved views…</p>
      {Array.from({ length: 3 }, (_, index) => (
        <div key={index} className={`skeleton ${styles.skeletonRow}`} />
      ))}
    </div>
  );
}
