"use client";

import Link from "next/link";
import type { MouseEvent } from "react";
import { FACETS } from "@/lib/domain/facets";
import { LANE_GROUPINGS, type LaneGrouping } from "@/lib/timeline/timeline-params";
import styles from "./timeline-toolbar.module.css";

const LANE_LABELS = { ...Object.fromEntries(FACETS.map((facet) => [facet.name, facet.label])), none: "None" } as Record<LaneGrouping, string>;

interface TimelineToolbarProps {
  groupBy: LaneGrouping;
  /** The page's query string with `lanes` set to each choice, so the choice works as a plain link. */
  laneHref: (groupBy: LaneGrouping) => string;
  onLanes: (groupBy: LaneGrouping) => void;
  onPan: (fraction: number) => void;
  onZoom: (factor: number) => void;
  onFit: () => void;
  onToday: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/** Lane choice and window controls; every action the pointer gestures offer, as buttons. */
export function TimelineToolbar({ groupBy, laneHref, onLanes, onPan, onZoom, onFit, onToday, canZoomIn, canZoomOut }: TimelineToolbarProps) {
  const chooseLanes = (event: MouseEvent<HTMLAnchorElement>, choice: LaneGrouping) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onLanes(choice);
  };
  return (
    <div className={styles.toolbar}>
      <div className={styles.lanes} role="group" aria-labelledby="lane-choice-label">
        <span id="lane-choice-label" className={styles.groupLabel}>Lanes by</span>
        {LANE_GROUPINGS.map((choice) => (
          <Link
            key={choice}
            href={laneHref(choice)}
            scroll={false}
            replace
            className={styles.choice}
            aria-current={choice === groupBy ? "true" : undefined}
            onClick={(event) => chooseLanes(event, choice)}
          >
            {LANE_LABELS[choice]}
          </Link>
        ))}
      </div>
      <div className={styles.controls} role="group" aria-label="Move and zoom the timeline">
        <button type="button" onClick={() => onPan(-0.5)}><span aria-hidden="true">◀</span> Earlier</button>
        <button type="button" onClick={() => onZoom(0.5)} disabled={!canZoomIn}><span aria-hidden="true">+</span> Zoom in</button>
        <button type="button" onClick={() => onZoom(2)} disabled={!canZoomOut}><span aria-hidden="true">−</span> Zoom out</button>
        <button type="button" onClick={() => onPan(0.5)}>Later <span aria-hidden="true">▶</span></button>
        <button type="button" onClick={onFit}>Fit all</button>
        <button type="button" onClick={onToday}>Today</button>
      </div>
    </div>
  );
}
