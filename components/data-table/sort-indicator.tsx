/** The arrow beside a sortable header; the header's aria-sort says the same to screen readers. */
export function SortIndicator({ direction }: { direction: false | "asc" | "desc" }) {
  const symbol = direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕";
  return (
    <span aria-hidden="true" data-active={Boolean(direction)} style={{ opacity: direction ? 1 : 0.55, fontSize: "0.75em" }}>
      {symbol}
    </span>
  );
}
