import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { createEvent } from "@/lib/actions/events/create-event";
import { fromActionResult, invalidParams } from "@/lib/http/api-response";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { findEvents } from "@/lib/queries/find-events";
import { LIST_PARAM_KEYS, parseListParams } from "@/lib/http/parse-list-params";
import { readMutationRequest } from "@/lib/http/read-mutation-request";

export const runtime = "nodejs";

/**
 * GET /api/v1/events?<filter>&page&size&sort — the shared filter, paged and sorted in SQL.
 * meta: { total, totalExact, page, pageSize, pageCount, hasNextPage }. Past 10,000 matches the count stops:
 * totalExact is false, total is a lower bound (and so is pageCount); follow hasNextPage to page on.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const [loaded, list] = [await loadEventFilter(params, LIST_PARAM_KEYS), parseListParams(params)];
  if (!loaded.ok || list.errors.length) return invalidParams([...(loaded.ok ? [] : loaded.errors), ...list.errors]);
  const viewer = await getViewerFromHeaders(request.headers);
  const result = await findEvents({ filter: loaded.filter, viewer, ...list.value });
  const { rows, ...meta } = result;
  return NextResponse.json({ data: rows, meta });
}

/** POST /api/v1/events — creates an event from the shared input schema; 201 with its id, slug and version. */
export async function POST(request: NextRequest) {
  const mutation = await readMutationRequest(request);
  if (!mutation.ok) return mutation.response;
  return fromActionResult(await createEvent(mutation.body, mutation.viewer), 201);
}
