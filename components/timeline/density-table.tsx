import type { TimelineBucket, TimelineLane } from "@/lib/queries/get-timeline-window";
import { describeBucketStep, type BucketStep } from "@/lib/timeline/bucket-width";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { summariseDensity } from "./density-path";
import { formatWindowLabel } from "./format-window-label";
import styles from "./density-table.module.css";

interface DensityTableProps {
  buckets: TimelineBucket[];
  lanes: TimelineLane[];
  view: TimelineWindow;
  step: BucketStep;
  bounds: number[];
}

/** What the bars mean, and the same numbers as a table for readers who cannot see them. */
export function DensityTable({ buckets, lanes, view, step, bounds }: DensityTableProps) {
  const rows = summariseDensity(buckets, lanes.map((lane) => lane.key), view, bounds);
  return (
    <div className={styles.note}>
      <p>
        <span className={styles.swatch} aria-hidden="true" /> Too many events to draw one by one here: each bar counts the events that{" "}
        <strong>start</strong> in its period ({describeBucketStep(step)}), taller for more. Only the most important events are drawn. Zoom in to see every event.
      </p>
      <details>
        <summary>Density as a table</summary>
        <div className={styles.scroll}>
          <table>
            <caption className="visually-hidden">Events starting in each period, per lane</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                {lanes.map((lane) => <th key={lane.key} scope="col">{lane.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.start}>
                  <th scope="row">{formatWindowLabel({ start: row.start, end: row.end })}</th>
                  {row.counts.map((count, index) => <td key={lanes[index]!.key}>{count}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
