import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { invalidParams } from "@/lib/http/api-response";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { getTimelineWindow } from "@/lib/queries/get-timeline-window";
import { loadTimelineView } from "@/lib/queries/load-timeline-window";
import { parseTimelineParams, TIMELINE_KEYS } from "@/lib/timeline/timeline-params";

/**
 * GET /api/v1/timeline?<filter>&start=2025-06&end=2025-07&lanes=topic
 * The events of one window ([start of start, end of end)), grouped into lanes; without start and
 * end, the window that fits the filtered events.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const [loaded, viewer] = await Promise.all([loadEventFilter(params, TIMELINE_KEYS), getViewerFromHeaders(request.headers)]);
  const timeline = parseTimelineParams(params);
  const errors = [...(loaded.ok ? [] : loaded.errors), ...timeline.errors];
  if (!loaded.ok || errors.length) return invalidParams(errors);
  const { groupBy, window } = timeline.value;
  if (window) return NextResponse.json({ data: await getTimelineWindow({ filter: loaded.filter, viewer, groupBy, window }) });
  const { fit } = await loadTimelineView({ filter: loaded.filter, viewer, groupBy, window });
  return NextResponse.json({ data: await getTimelineWindow({ filter: loaded.filter, viewer, groupBy, window: fit }) });
}
