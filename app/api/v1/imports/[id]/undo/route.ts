import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { undoImport } from "@/lib/actions/import/undo-import";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { parseEventId } from "@/lib/http/parse-list-params";

export const runtime = "nodejs";

/** POST /api/v1/imports/:id/undo — takes the import back as a whole; 409 when one of its events was edited since. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const { id: raw } = await params;
  const id = parseEventId(raw);
  const result = await undoImport(id ?? 0, await getViewerFromHeaders(request.headers));
  if (id === null && !result.ok && result.code === "not_found") return apiError(400, "invalid_id", `“${raw}” is not an import id; ids are positive whole numbers.`);
  return fromActionResult(result);
}
