import { NextResponse, type NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { fromActionResult, invalidParams } from "@/lib/http/api-response";
import { parseActorSearch } from "@/lib/actor-picker/parse-actor-search";
import { searchActors } from "@/lib/queries/search-actors";

export const runtime = "nodejs";

/**
 * GET /api/v1/actors?q&limit&scope — actors whose name or slug holds q, by name, with their ids. Public for
 * actors with published events; `scope=all` (every actor, as the event form needs) answers editors only.
 */
export async function GET(request: NextRequest) {
  const parsed = parseActorSearch(request.nextUrl.searchParams);
  if (parsed.errors.length) return invalidParams(parsed.errors);
  if (parsed.value.scope === "all") {
    const denied = checkEditor(await getViewerFromHeaders(request.headers), "search every actor (scope=all)");
    if (denied) return fromActionResult(denied);
  }
  const { actors, total } = await searchActors(parsed.value);
  return NextResponse.json({ data: actors, meta: { q: parsed.value.q, limit: parsed.value.limit, scope: parsed.value.scope, total } });
}
