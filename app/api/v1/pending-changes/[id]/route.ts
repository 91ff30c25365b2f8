import type { NextRequest } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { decidePendingChange } from "@/lib/actions/review/decide-pending-change";
import { withdrawPendingChange } from "@/lib/actions/review/withdraw-pending-change";
import { apiError, fromActionResult } from "@/lib/http/api-response";
import { rejectCrossSite } from "@/lib/http/check-same-origin";
import { parseEventId } from "@/lib/http/parse-list-params";
import { readMutationRequest } from "@/lib/http/read-mutation-request";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

const invalidId = (raw: string) => apiError(400, "invalid_id", `“${raw}” is not a pending change id; ids are positive whole numbers.`);

/** POST /api/v1/pending-changes/:id — a reviewer approves (applied as a revision) or rejects (with a comment) a change to a published event. */
export async function POST(request: NextRequest, { params }: Context) {
  const mutation = await readMutationRequest(request);
  if (!mutation.ok) return mutation.response;
  const { id: raw } = await params;
  const id = parseEventId(raw);
  const result = await decidePendingChange(id ?? 0, mutation.body, mutation.viewer);
  if (id === null && (result.ok || result.code === "not_found")) return invalidId(raw);
  return fromActionResult(result);
}

/** DELETE /api/v1/pending-changes/:id — its author withdraws a change nobody has decided on yet. */
export async function DELETE(request: NextRequest, { params }: Context) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const { id: raw } = await params;
  const id = parseEventId(raw);
  const result = await withdrawPendingChange(id ?? 0, await getViewerFromHeaders(request.headers));
  if (id === null && (result.ok || result.code === "not_found")) return invalidId(raw);
  return fromActionResult(result);
}
