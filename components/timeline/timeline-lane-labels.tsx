import type { LaidOutLane } from "./lay-out-lanes";
import { laneHeight, laneLabelId } from "./timeline-plot";
import styles from "./timeline-view.module.css";

/** The row headings, level with the lanes they name. */
export function TimelineLaneLabels({ lanes }: { lanes: LaidOutLane[] }) {
  return (
    <div className={styles.labels}>
      <div className={styles.corner} aria-hidden="true" />
      {lanes.map((laid) => {
        const count = laid.items.length + laid.hiddenCount;
        return (
          <div key={laid.lane.key} id={laneLabelId(laid.lane.key)} className={styles.laneLabel} style={{ height: laneHeight(laid) }}>
            <span className={styles.laneName}>{laid.lane.label}</span>{" "}
            <span className={styles.laneCount}>{count}<span className="visually-hidden"> event{count === 1 ? "" : "s"}</span></span>
            {laid.hiddenCount > 0 && <span className={styles.hidden}>{laid.hiddenCount} more: zoom in</span>}
          </div>
        );
      })}
    </div>
  );
}
