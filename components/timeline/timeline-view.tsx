"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useSearchParams } from "next/navigation";
import { useQueryStates } from "nuqs";
import { compareByDate, overlapsPeriod } from "@/lib/dates/event-date";
import type { TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import { parseLaneKeys, type LaneChoice } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { clampWindow, MAX_SPAN_MS, MIN_SPAN_MS, panWindow, windowSpan, windowToParams, zoomWindow, type TimelineWindow } from "@/lib/timeline/window-math";
import { chooseTicks } from "./choose-ticks";
import { DensityTable } from "./density-table";
import { JumpToDate } from "./jump-to-date";
import { LaneMenu } from "./lane-menu";
import { buildPlotDensity } from "./plot-density";
import { EventList } from "./event-list";
import { formatWindowLabel } from "./format-window-label";
import { layOutLanes } from "./lay-out-lanes";
import { TimelineLegend } from "./timeline-legend";
import { TimelinePlot } from "./timeline-plot";
import { TimelineToolbar } from "./timeline-toolbar";
import { timelineUrlParsers } from "./timeline-url-state";
import { useDebouncedValue } from "./use-debounced-value";
import { useTimelineData } from "./use-timeline-data";
import { useTimelineGestures } from "./use-timeline-gestures";
import styles from "./timeline-view.module.css";
import { useElementWidth } from "./use-element-width";

export interface TimelineViewProps {
  initial: TimelineWindowResult;
  initialView: TimelineWindow;
  fit: TimelineWindow;
  today: number;
  /** The filter's canonical query string; the view is remounted when it changes. */
  filterQuery: string;
  /** Matching events over all time, for the empty-window message. */
  matchingCount: number;
}

/** Width assumed before the plot is measured; items are placed in percentages, so only stacking depends on it. */

export function TimelineView({ initial, initialView, fit, today, filterQuery, matchingCount }: TimelineViewProps) {
  const [query, setQuery] = useQueryStates(timelineUrlParsers, { history: "replace", shallow: true, scroll: false });
  const searchParams = useSearchParams();
  const groupBy: LaneGrouping = query.lanes ?? initial.groupBy;
  const [view, setView] = useState(initialView);
  const interacted = useRef(false);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const axisRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(axisRef);
  const settled = useDebouncedValue(view, 250);
  const laneChoice: LaneChoice = useMemo(() => ({ order: parseLaneKeys(query.lane_order), hidden: parseLaneKeys(query.hidden) }), [query.lane_order, query.hidden]);
  const { data, loading, error } = useTimelineData(initial, filterQuery, settled, { groupBy, laneChoice, pixelWidth: width });

  const move = useCallback((change: (window: TimelineWindow) => TimelineWindow) => {
    interacted.current = true;
    setView((current) => change(current));
  }, []);
  useTimelineGestures(surfaceRef, axisRef, move);


  // The URL follows the view once the reader has moved it, replacing the entry rather than adding one per step.
  useEffect(() => {
    if (interacted.current) void setQuery(windowToParams(settled));
  }, [settled, setQuery]);

  const span = windowSpan(view);
  const x = (ms: number) => ((ms - view.start) / span) * width;
  const { ticks } = chooseTicks(view, width);
  const lanes = layOutLanes(data.lanes, data.items, view, width, today, data.dense);
  const density = buildPlotDensity(data, view);
  const todayX = today >= view.start && today <= view.end ? x(today) : null;
  const inView = data.items.filter((item) => overlapsPeriod(item, settled)).sort(compareByDate);
  const periodLabel = formatWindowLabel(settled);

  const laneHref = (choice: LaneGrouping) => {
    const params = new URLSearchParams(searchParams.toString());
    params.set("lanes", choice);
    return `?${params}`;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.shiftKey ? 0.5 : 0.1;
    if (event.key === "ArrowLeft") move((w) => panWindow(w, -step));
    else if (event.key === "ArrowRight") move((w) => panWindow(w, step));
    else if (event.key === "+" || event.key === "=") move((w) => zoomWindow(w, 0.5));
    else if (event.key === "-" || event.key === "_") move((w) => zoomWindow(w, 2));
    else if (event.key === "t" || event.key === "T") move((w) => clampWindow({ start: today - windowSpan(w) / 2, end: today + windowSpan(w) / 2 }));
    else return;
    event.preventDefault();
  };

  const tableParams = new URLSearchParams(filterQuery);
  const { start, end } = windowToParams(data.window);
  if (!tableParams.has("from") && !tableParams.has("to")) {
    tableParams.set("from", start);
    tableParams.set("to", end);
  }

  return (
    <div className={styles.layout}>
      <section aria-labelledby="timeline-heading" className={styles.axisSection}>
        <h2 id="timeline-heading" className="visually-hidden">Timeline</h2>
        <TimelineToolbar
          groupBy={groupBy}
          laneHref={laneHref}
          onLanes={(choice) => void setQuery({ lanes: choice }, { history: "push" })}
          onPan={(fraction) => move((w) => panWindow(w, fraction))}
          onZoom={(factor) => move((w) => zoomWindow(w, factor))}
          onFit={() => move(() => fit)}
          onToday={() => move((w) => clampWindow({ start: today - windowSpan(w) / 2, end: today + windowSpan(w) / 2 }))}
          canZoomIn={span > MIN_SPAN_MS * 1.01}
          canZoomOut={span < MAX_SPAN_MS * 0.99}
        />
        <div className={styles.secondary}>
          <JumpToDate onJump={(period) => move(() => clampWindow({ start: period.start - windowSpan(period) * 0.05, end: period.end + windowSpan(period) * 0.05 }))} />
          {groupBy !== "none" && (
            <LaneMenu
              lanes={data.lanes}
              options={data.laneOptions}
              choice={laneChoice}
              onChange={(choice) => void setQuery({ lane_order: choice.order.join(",") || null, hidden: choice.hidden.join(",") || null })}
            />
          )}
        </div>
        <p role="status" className={styles.status}>
          <strong>{periodLabel}</strong>:{" "}
          {data.dense ? (
            <>{data.total} events around this period, drawn as density with the {data.items.length} most important</>
          ) : (
            <>{inView.length} event{inView.length === 1 ? "" : "s"}{data.truncated && <> (the {data.items.length} most important of {data.total} nearby)</>}</>
          )}
          {loading && <span className={styles.loading}> Loading…</span>}
        </p>
        {error && <p role="alert" className="alert alert-error">The timeline could not load this period: {error}</p>}
        <a href="#event-list" className={styles.skip}>Skip the timeline, go to the event list</a>
        <div
          ref={surfaceRef}
          className={styles.timeline}
          tabIndex={0}
          role="group"
          aria-label={`Timeline, ${formatWindowLabel(view)}`}
          aria-describedby="timeline-keys"
          aria-busy={loading}
          onKeyDown={onKeyDown}
        >
          <TimelinePlot
            lanes={lanes}
            ticks={ticks}
            width={width}
            todayX={todayX}
            x={x}
            axisRef={axisRef}
            density={density}
            empty={
              loading ? <p className="muted">Loading…</p> : (
                <>
                  <p>No events in this period. {matchingCount} event{matchingCount === 1 ? " matches" : "s match"} the filters elsewhere.</p>
                  <button type="button" onClick={() => move(() => fit)}>Fit all events</button>
                </>
              )
            }
          />
        </div>
        <p id="timeline-keys" className={styles.keys}>
          Drag or press ← → to move; scroll, pinch or press + − to zoom; T goes to today. Select an event to open it.
        </p>
        {data.dense && data.bucketStep !== null && <DensityTable buckets={data.buckets} lanes={data.lanes} view={view} step={data.bucketStep} bounds={data.bucketBounds} />}
        <TimelineLegend />
      </section>
      <section aria-labelledby="event-list-heading" id="event-list" className={styles.listSection} tabIndex={-1}>
        <h2 id="event-list-heading">Events in view <span className={styles.period}>{periodLabel}</span></h2>
        <EventList
          key={`${groupBy}`}
          items={inView}
          truncatedNote={data.truncated ? `Only the ${data.items.length} most important of ${data.total} events around this period are loaded; zoom in or narrow the filters to see the rest.` : undefined}
          moreHref={data.truncated ? `/events?${tableParams}` : undefined}
        />
      </section>
    </div>
  );
}
