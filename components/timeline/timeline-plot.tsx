import type { Tick } from "./choose-ticks";
import type { LaidOutLane } from "./lay-out-lanes";
import { TimelineItemLink } from "./timeline-item";
import styles from "./timeline-plot.module.css";

export const ROW_HEIGHT = 38;
const LANE_PADDING = 10;

export function laneHeight(lane: LaidOutLane): number {
  return lane.rowCount * ROW_HEIGHT + LANE_PADDING;
}

export function laneLabelId(key: string): string {
  return `timeline-lane-${key.toLowerCase().replace(/[^a-z0-9-]/g, "-")}`;
}

interface TimelinePlotProps {
  lanes: LaidOutLane[];
  ticks: Tick[];
  width: number;
  /** Position of today in pixels, or null when out of view. */
  todayX: number | null;
  x: (ms: number) => number;
}

const percent = (px: number, width: number) => `${(px / width) * 100}%`;

/** The axis, the gridlines, the today line and every lane's items, in plot coordinates. */
export function TimelinePlot({ lanes, ticks, width, todayX, x }: TimelinePlotProps) {
  return (
    <>
      <div className={styles.axis} aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.time} className={`${styles.tick} ${tick.major ? styles.major : ""}`} style={{ left: percent(x(tick.time), width) }}>
            {tick.label}
          </span>
        ))}
        {todayX !== null && <span className={styles.todayLabel} style={{ left: percent(todayX, width) }}>Today</span>}
      </div>
      <div className={styles.body}>
        <div className={styles.grid} aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick.time} className={`${styles.gridline} ${tick.major ? styles.major : ""}`} style={{ left: percent(x(tick.time), width) }} />
          ))}
          {todayX !== null && <span className={styles.today} style={{ left: percent(todayX, width) }} />}
        </div>
        {lanes.map((laid) => (
          <div key={laid.lane.key} role="group" aria-labelledby={laneLabelId(laid.lane.key)} className={styles.lane} style={{ height: laneHeight(laid) }}>
            {laid.items.map((placed) => (
              <TimelineItemLink key={placed.item.id} placed={placed} width={width} rowHeight={ROW_HEIGHT} />
            ))}
          </div>
        ))}
      </div>
    </>
  );
}
