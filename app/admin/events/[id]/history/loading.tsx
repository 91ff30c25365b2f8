export default function EventHistoryLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading the history…</p>
      <div className="skeleton" style={{ height: "2rem", width: "16rem", marginBottom: "1rem" }} />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: "6rem", marginBottom: "1rem" }} />
      ))}
    </div>
  );
}
