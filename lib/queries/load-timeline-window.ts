import type { Viewer } from "@/lib/domain/viewer";
import { filterPeriod } from "@/lib/filters/event-filter";
import { fitWindow, toFetchWindow, type TimelineWindow } from "@/lib/timeline/window-math";
import type { LaneChoice } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { getTimelineExtent, type TimelineExtent } from "./get-timeline-extent";
import { getTimelineWindow, type TimelineWindowResult } from "./get-timeline-window";
import type { ResolvedEventFilter } from "./resolve-event-filter";

export interface LoadTimelineViewOptions {
  filter: ResolvedEventFilter;
  viewer: Viewer;
  groupBy: LaneGrouping;
  /** The window the reader asked for; null fits the filtered events. */
  window: TimelineWindow | null;
  laneChoice?: LaneChoice;
  pixelWidth?: number;
  today?: number;
}

export interface TimelineView {
  extent: TimelineExtent;
  /** The window that shows every filtered event (the "fit" view). */
  fit: TimelineWindow;
  /** The window to show: the one asked for, or the fit. */
  view: TimelineWindow;
  today: number;
  /** The events of the view with a margin around it, so the first pans need no request; null when no event matches at all. */
  result: TimelineWindowResult | null;
}

/** The fitted view of a filter, kept to the filter's own period when it names one. */
export function fitFilteredEvents(extent: TimelineExtent, filter: ResolvedEventFilter, today: number): TimelineWindow {
  const period = filterPeriod(filter);
  const clip = (ms: number | null) =>
    ms === null ? null : Math.min(Math.max(ms, period.start ?? -Infinity), period.end ?? Infinity);
  const reachesToday = extent.openEnded && (period.end === null || period.end > today);
  return fitWindow({ first: clip(extent.first), last: clip(extent.last), openEnded: reachesToday }, today);
}

/** Everything the timeline page needs for its first render. */
export async function loadTimelineView({ filter, viewer, groupBy, window, laneChoice, pixelWidth, today = Date.now() }: LoadTimelineViewOptions): Promise<TimelineView> {
  const extent = await getTimelineExtent({ filter, viewer });
  const fit = fitFilteredEvents(extent, filter, today);
  const view = window ?? fit;
  const result = extent.count > 0 ? await getTimelineWindow({ filter, viewer, window: toFetchWindow(view), groupBy, laneChoice, pixelWidth: pixelWidth && Math.round(pixelWidth * 1.5) }) : null;
  return { extent, fit, view, today, result };
}
