import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { serializeEventFilter } from "@/lib/filters/event-filter";
import { invalidParams } from "@/lib/http/api-response";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { INTERVAL_PARAM, parseIntervalParam } from "@/lib/dashboard/interval-param";

/** The dashboard's numbers for the shared filter (plus `interval`), as JSON. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const [loaded, interval] = [await loadEventFilter(params, [INTERVAL_PARAM]), parseIntervalParam(params)];
  if (!loaded.ok || interval.errors.length) return invalidParams([...(loaded.ok ? [] : loaded.errors), ...interval.errors]);
  const viewer = await getViewerFromHeaders(request.headers);
  const stats = await getDashboardStats({ filter: loaded.filter, viewer, interval: interval.value });
  const { previous, ...headline } = stats.headline;
  return NextResponse.json({
    data: {
      ...stats,
      headline: {
        ...headline,
        // The previous period as the query string of its filter, which is what a client can reuse.
        previous: previous && { query: serializeEventFilter(previous.filter).toString(), label: previous.label, counts: previous.counts, change: previous.change },
      },
    },
    query: serializeEventFilter(loaded.filter).toString(),
  });
}
