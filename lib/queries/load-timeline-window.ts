import type { Viewer } from "@/lib/domain/viewer";
import { fitWindow, type TimelineWindow } from "@/lib/timeline/window-math";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { getTimelineExtent, type TimelineExtent } from "./get-timeline-extent";
import { getTimelineWindow, type TimelineWindowResult } from "./get-timeline-window";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { filterPeriod } from "@/lib/filters/event-filter";

export interface LoadTimelineOptions {
  filter: ResolvedEventFilter;
  viewer: Viewer;
  groupBy: LaneGrouping;
  /** The window to read; null fits the filtered events. */
  window: TimelineWindow | null;
  today?: number;
}

export interface LoadedTimeline {
  extent: TimelineExtent;
  /** The window that shows every filtered event (the "fit" view). */
  fit: TimelineWindow;
  result: TimelineWindowResult;
}

/** The fitted view of a filter, limited to the filter's own period when it names one. */
export function fitFilteredEvents(extent: TimelineExtent, filter: ResolvedEventFilter, today: number): TimelineWindow {
  const period = filterPeriod(filter);
  const clip = (ms: number | null) =>
    ms === null ? null : Math.min(Math.max(ms, period.start ?? -Infinity), period.end ?? Infinity);
  const reachesToday = extent.openEnded && (period.end === null || period.end > today);
  return fitWindow({ first: clip(extent.first), last: clip(extent.last), openEnded: reachesToday }, today);
}

/** The extent of the filtered events and one window of them: the fitted one unless a window is given. */
export async function loadTimeline({ filter, viewer, groupBy, window, today = Date.now() }: LoadTimelineOptions): Promise<LoadedTimeline> {
  const extent = await getTimelineExtent({ filter, viewer });
  const fit = fitFilteredEvents(extent, filter, today);
  const result = await getTimelineWindow({ filter, viewer, window: window ?? fit, groupBy });
  return { extent, fit, result };
}
