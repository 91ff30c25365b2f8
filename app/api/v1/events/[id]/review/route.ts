import type { NextRequest } from "next/server";
import { decideEvent } from "@/lib/actions/review/decide-event";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { parseEventId } from "@/lib/http/parse-list-params";
import { readMutationRequest } from "@/lib/http/read-mutation-request";

export const runtime = "nodejs";

/**
 * POST /api/v1/events/:id/review — a reviewer's decision: `{ decision: "publish" | "send_back" | "unpublish", version, comment }`.
 * Sending back needs a comment; 409 when the event moved on from `version`; 403 for editors and viewers.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const mutation = await readMutationRequest(request);
  if (!mutation.ok) return mutation.response;
  const { id: raw } = await params;
  const id = parseEventId(raw);
  const result = await decideEvent(id ?? 0, mutation.body, mutation.viewer);
  if (id === null && (result.ok || result.code === "not_found")) return apiError(400, "invalid_id", `“${raw}” is not an event id; ids are positive whole numbers.`);
  return fromActionResult(result);
}
