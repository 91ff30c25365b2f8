import { NextResponse, type NextRequest } from "next/server";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { fromActionResult, invalidParams } from "@/lib/http/api-response";
import { findDuplicateEvents } from "@/lib/queries/duplicates/find-duplicate-events";
import { parseDuplicateParams } from "@/lib/queries/duplicates/parse-duplicate-params";

export const runtime = "nodejs";

/**
 * GET /api/v1/events/duplicates?title&start&startPrecision&end&endPrecision&timeZone&approximate&urls&urls…&exclude —
 * events the event form may be about to create again: { data: [{ id, slug, title, dateLabel, status, reasons }] },
 * at most five, best first. Editors only (401 signed out, 403 for viewers); 400 names each bad parameter.
 */
export async function GET(request: NextRequest) {
  const viewer = await getViewerFromHeaders(request.headers);
  const denied = checkEditor(viewer, "check for duplicate events");
  if (denied) return fromActionResult(denied);
  const parsed = parseDuplicateParams(request.nextUrl.searchParams);
  if (parsed.errors.length) return invalidParams(parsed.errors);
  return NextResponse.json({ data: await findDuplicateEvents(parsed.value, viewer) });
}
