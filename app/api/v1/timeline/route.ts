import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { invalidParams } from "@/lib/http/api-response";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { getTimelineWindow } from "@/lib/queries/get-timeline-window";
import { loadTimelineView } from "@/lib/queries/load-timeline-window";
import { parseTimelineParams, TIMELINE_KEYS } from "@/lib/timeline/timeline-params";

/**
 * GET /api/v1/timeline?<filter>&start=2025-06&end=2025-07&lanes=topic[&lane_order=a,b&hidden=c&px=1200]
 * The events of one window ([start of start, end of end)), grouped into lanes; without start and
 * end, the window that fits the filtered events. A window with more than 300 events answers density
 * buckets (~10 px each for a plot `px` wide) and its 60 most important events.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const [loaded, viewer] = await Promise.all([loadEventFilter(params, TIMELINE_KEYS), getViewerFromHeaders(request.headers)]);
  const timeline = parseTimelineParams(params);
  const errors = [...(loaded.ok ? [] : loaded.errors), ...timeline.errors];
  if (!loaded.ok || errors.length) return invalidParams(errors);
  const { groupBy, window, laneChoice, pixelWidth } = timeline.value;
  const options = { filter: loaded.filter, viewer, groupBy, laneChoice, pixelWidth };
  if (window) return NextResponse.json({ data: await getTimelineWindow({ ...options, window }) });
  const { fit } = await loadTimelineView({ ...options, window });
  return NextResponse.json({ data: await getTimelineWindow({ ...options, window: fit }) });
}
