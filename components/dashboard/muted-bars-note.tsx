import type { BarDatum } from "@/lib/charts/chart-data";
import styles from "./dashboard.module.css";

/** Explains grey bars: they appear alongside the filter's own list, which one link cannot narrow to. */
export function MutedBarsNote({ bars, what }: { bars: BarDatum[]; what: string }) {
  if (!bars.some((bar) => bar.muted)) return null;
  return (
    <p className={styles.notes}>
      Grey bars are {what} that appear in these events alongside the {what} your filter names; they have no link because
      listing them would need a different filter. Change the {what} filter to see them.
    </p>
  );
}
