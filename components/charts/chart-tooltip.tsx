import type { ChartSeries, ChartUnit } from "@/lib/charts/chart-data";
import { formatCount } from "@/lib/charts/chart-data";
import styles from "./charts.module.css";

interface ChartTooltipProps {
  title: string;
  total?: number;
  totalNote?: string;
  rows: { series: ChartSeries; value: number }[];
  unit: ChartUnit;
}

/** Tooltip body: the bucket, its total, and only the series that have events in it. */
export function ChartTooltip({ title, total, totalNote, rows, unit }: ChartTooltipProps) {
  const shown = rows.filter((row) => row.value > 0);
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTitle}>{title}</p>
      {total !== undefined && (
        <p className={styles.tooltipTotal}>
          {formatCount(total, unit)}
          {totalNote && <span className="muted"> {totalNote}</span>}
        </p>
      )}
      {shown.length > 0 && (
        <ul className={styles.tooltipList}>
          {[...shown].reverse().map(({ series, value }) => (
            <li key={series.key}>
              <span className={styles.swatch} style={{ background: series.colour }} aria-hidden="true" />
              {series.label}: {value.toLocaleString("en-GB")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
