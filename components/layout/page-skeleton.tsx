/** A page's loading state: a heading bar and `rows` row bars, announced once to screen readers as `label`. */
export function PageSkeleton({ label, rows = 8 }: { label: string; rows?: number }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">{label}</p>
      <div className="skeleton" style={{ height: "2rem", width: "12rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "5rem", marginBottom: "1rem" }} />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: "2.25rem", marginBottom: "0.5rem" }} />
      ))}
    </div>
  );
}
