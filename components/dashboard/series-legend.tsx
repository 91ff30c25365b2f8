import type { ChartSeries } from "@/lib/charts/chart-data";
import styles from "./dashboard.module.css";

/** The stacks' colours, in stacking order from the bottom, with each topic's event count. */
export function SeriesLegend({ series, totals }: { series: ChartSeries[]; totals: Record<string, number> }) {
  return (
    <ul className={styles.legend} aria-label="Topics, from the bottom of each bar">
      {series.map((s) => (
        <li key={s.key}>
          <span className={styles.swatch} style={{ background: s.colour }} aria-hidden="true" />
          {s.label} <span className="muted">({totals[s.key] ?? 0})</span>
        </li>
      ))}
    </ul>
  );
}
