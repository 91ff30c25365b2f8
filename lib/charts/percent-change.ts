export type Change =
  | { kind: "same" }
  | { kind: "new"; delta: number }
  | { kind: "up" | "down"; delta: number; percent: number };

/** Change from the previous value to the current one; from zero there is no percentage, only "new". */
export function computeChange(current: number, previous: number): Change {
  const delta = current - previous;
  if (delta === 0) return { kind: "same" };
  if (previous === 0) return { kind: "new", delta };
  return { kind: delta > 0 ? "up" : "down", delta, percent: (delta / previous) * 100 };
}

/** "+25%", "−100%", "+<1%", "no change", "new (none before)". */
export function formatChange(change: Change): string {
  if (change.kind === "same") return "no change";
  if (change.kind === "new") return "new (none before)";
  const sign = change.kind === "up" ? "+" : "−";
  const magnitude = Math.abs(change.percent);
  if (magnitude < 1) return `${sign}<1%`;
  return `${sign}${Math.round(magnitude).toLocaleString("en-GB")}%`;
}
