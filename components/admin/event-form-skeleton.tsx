/** Placeholder while an event form loads. */
export function EventFormSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">{label}</p>
      <div className="skeleton" style={{ height: "2rem", width: "14rem", marginBottom: "1.5rem" }} />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} style={{ marginBottom: "1rem" }}>
          <div className="skeleton" style={{ height: "1rem", width: "8rem", marginBottom: "0.4rem" }} />
          <div className="skeleton" style={{ height: i === 2 ? "6rem" : "2.25rem", maxWidth: "60rem" }} />
        </div>
      ))}
    </div>
  );
}
