import type { TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { containsWindow, windowSpan, windowToParams, type TimelineWindow } from "@/lib/timeline/window-math";

/**
 * Whether loaded data can draw a view: same lanes, covering the view, and, when the server left
 * events out, not so zoomed out that zooming in would reveal more of them.
 */
export function coversView(data: TimelineWindowResult, view: TimelineWindow, groupBy: LaneGrouping): boolean {
  if (data.groupBy !== groupBy || !containsWindow(data.window, view)) return false;
  return !data.truncated || windowSpan(data.window) <= 2 * windowSpan(view);
}

export function timelineRequestUrl(filterQuery: string, window: TimelineWindow, groupBy: LaneGrouping): string {
  const params = new URLSearchParams(filterQuery);
  const { start, end } = windowToParams(window);
  params.set("start", start);
  params.set("end", end);
  params.set("lanes", groupBy);
  return `/api/v1/timeline?${params}`;
}
