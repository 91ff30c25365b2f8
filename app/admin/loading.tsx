export default function AdminLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading events…</p>
      <div className="skeleton" style={{ height: "2rem", width: "12rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "5rem", marginBottom: "1rem" }} />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: "2.25rem", marginBottom: "0.5rem" }} />
      ))}
    </div>
  );
}
