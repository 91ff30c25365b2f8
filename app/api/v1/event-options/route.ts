import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { invalidParams } from "@/lib/http/api-response";
import { parseEventOptionSearch } from "@/lib/event-picker/parse-event-option-search";
import { searchEventOptions } from "@/lib/queries/search-event-options";

export const runtime = "nodejs";

/**
 * GET /api/v1/event-options?q&limit&exclude — events to pick as a parent or a related event: the one a typed id or
 * slug names, then the text search's matches by relevance, as { id, slug, title, dateLabel, status, deleted }.
 * What the events list shows the same viewer: editors find drafts, readers published events only.
 */
export async function GET(request: NextRequest) {
  const parsed = parseEventOptionSearch(request.nextUrl.searchParams);
  if (parsed.errors.length) return invalidParams(parsed.errors);
  const viewer = await getViewerFromHeaders(request.headers);
  const { events, total, totalExact } = await searchEventOptions(parsed.value, viewer);
  return NextResponse.json({ data: events, meta: { ...parsed.value, total, totalExact } });
}
