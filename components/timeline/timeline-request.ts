import type { TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import { laneChoiceKey, type LaneChoice } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { containsWindow, windowSpan, windowToParams, type TimelineWindow } from "@/lib/timeline/window-math";

/** What a timeline request asks for besides the filter and the window. */
export interface TimelineRequest {
  groupBy: LaneGrouping;
  laneChoice: LaneChoice;
  /** Width of the plot in px, rounded so that small resizes do not refetch. */
  pixelWidth: number;
}

/**
 * Whether loaded data can draw a view: same lanes, covering the view, and, when the server left
 * events out (a dense window), not so zoomed out that zooming in would reveal more of them or need
 * finer density.
 */
export function coversView(data: TimelineWindowResult, view: TimelineWindow, request: Pick<TimelineRequest, "groupBy" | "laneChoice">): boolean {
  if (data.groupBy !== request.groupBy || laneChoiceKey(data.laneChoice) !== laneChoiceKey(request.laneChoice)) return false;
  if (!containsWindow(data.window, view)) return false;
  return !data.truncated || windowSpan(data.window) <= 2 * windowSpan(view);
}

export function timelineRequestUrl(filterQuery: string, window: TimelineWindow, request: TimelineRequest, path = "/api/v1/timeline"): string {
  const params = new URLSearchParams(filterQuery);
  const { start, end } = windowToParams(window);
  params.set("start", start);
  params.set("end", end);
  params.set("lanes", request.groupBy);
  if (request.laneChoice.order.length) params.set("lane_order", request.laneChoice.order.join(","));
  if (request.laneChoice.hidden.length) params.set("hidden", request.laneChoice.hidden.join(","));
  params.set("px", String(Math.min(Math.max(Math.round(request.pixelWidth / 100) * 100, 100), 5000)));
  return `${path}?${params}`;
}
