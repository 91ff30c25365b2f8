import type { ReactNode, RefObject } from "react";
import type { TimelineBucket } from "@/lib/queries/get-timeline-window";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { densityPath } from "./density-path";
import type { Tick } from "./choose-ticks";
import type { LaidOutLane } from "./lay-out-lanes";
import { TimelineItemLink } from "./timeline-item";
import styles from "./timeline-plot.module.css";

export const ROW_HEIGHT = 38;
const LANE_PADDING = 10;
const DENSITY_HEIGHT = 28;

export interface PlotDensity {
  byLane: Map<string, TimelineBucket[]>;
  /** The busiest bucket in view, across lanes: bars share one scale. */
  max: number;
  view: TimelineWindow;
}

function laneLabelId(key: string): string {
  return `timeline-lane-${key.toLowerCase().replace(/[^a-z0-9-]/g, "-")}`;
}

interface TimelinePlotProps {
  lanes: LaidOutLane[];
  ticks: Tick[];
  width: number;
  /** Position of today in pixels, or null when out of view. */
  todayX: number | null;
  x: (ms: number) => number;
  axisRef: RefObject<HTMLDivElement | null>;
  /** Shown in place of the lanes when none has anything in view. */
  empty: ReactNode;
  /** Bars per lane when the window is dense; null draws items only. */
  density?: PlotDensity | null;
}

const percent = (px: number, width: number) => `${(px / width) * 100}%`;

/**
 * Lane headings beside their rows in one grid, so a heading that wraps makes its row taller; the
 * gridlines and the today line lie under all rows of the second column.
 */
export function TimelinePlot({ lanes, ticks, width, todayX, x, axisRef, empty, density = null }: TimelinePlotProps) {
  const rows = Math.max(lanes.length, 1);
  return (
    <>
      <div className={styles.corner} aria-hidden="true" />
      <div className={styles.axis} ref={axisRef} aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.time} className={`${styles.tick} ${tick.major ? styles.major : ""}`} style={{ left: percent(x(tick.time), width) }}>
            {tick.label}
          </span>
        ))}
        {todayX !== null && (
          <span className={`${styles.todayLabel} ${todayX > width - 32 ? styles.todayLabelEnd : ""}`} style={{ left: percent(todayX, width) }}>Today</span>
        )}
      </div>
      <div className={styles.grid} style={{ gridRow: `2 / span ${rows}` }} aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.time} className={`${styles.gridline} ${tick.major ? styles.major : ""}`} style={{ left: percent(x(tick.time), width) }} />
        ))}
        {todayX !== null && <span className={styles.today} style={{ left: percent(todayX, width) }} />}
      </div>
      {lanes.length === 0 && (
        <>
          <div className={styles.laneLabel} style={{ gridRow: 2 }} />
          <div className={styles.empty} style={{ gridRow: 2 }}>{empty}</div>
        </>
      )}
      {lanes.map((laid, index) => {
        const gridRow = index + 2;
        const count = density ? laid.lane.count : laid.items.length + laid.hiddenCount;
        const strip = density ? densityPath(density.byLane.get(laid.lane.key) ?? [], density.view, width, DENSITY_HEIGHT, density.max) : null;
        return [
          <div key={`label-${laid.lane.key}`} id={laneLabelId(laid.lane.key)} className={styles.laneLabel} style={{ gridRow }}>
            <span className={styles.laneName}>{laid.lane.label}</span>{" "}
            <span className={styles.laneCount}>{count}<span className="visually-hidden"> event{count === 1 ? "" : "s"}</span></span>
            {!density && laid.hiddenCount > 0 && <span className={styles.hidden}>{laid.hiddenCount} more: zoom in</span>}
          </div>,
          <div
            key={`lane-${laid.lane.key}`}
            role="group"
            aria-labelledby={laneLabelId(laid.lane.key)}
            className={styles.lane}
            style={{ gridRow, minHeight: laid.rowCount * ROW_HEIGHT + LANE_PADDING + (density ? DENSITY_HEIGHT : 0) }}
            data-density={density ? "true" : undefined}
          >
            {strip !== null && (
              <svg className={styles.density} viewBox={`0 0 ${width} ${DENSITY_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" data-testid="density-strip">
                <path d={strip} />
              </svg>
            )}
            {laid.items.map((placed) => (
              <TimelineItemLink key={placed.item.id} placed={placed} width={width} rowHeight={ROW_HEIGHT} offset={density ? DENSITY_HEIGHT + 6 : 0} />
            ))}
          </div>,
        ];
      })}
    </>
  );
}
