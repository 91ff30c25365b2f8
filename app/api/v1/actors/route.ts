import { NextResponse, type NextRequest } from "next/server";
import { invalidParams } from "@/lib/http/api-response";
import { parseActorSearch } from "@/lib/actor-picker/parse-actor-search";
import { searchActors } from "@/lib/queries/search-actors";

export const runtime = "nodejs";

/** GET /api/v1/actors?q&limit — actors with published events whose name or slug holds q, by name. Public. */
export async function GET(request: NextRequest) {
  const parsed = parseActorSearch(request.nextUrl.searchParams);
  if (parsed.errors.length) return invalidParams(parsed.errors);
  const { actors, total } = await searchActors(parsed.value);
  return NextResponse.json({ data: actors, meta: { q: parsed.value.q, limit: parsed.value.limit, total } });
}
