import type { NextRequest } from "next/server";

/**
 * The `{ version }` input of a delete or restore, from `?version=N`: a query parameter rather than a body,
 * which not every client or proxy passes on for a DELETE. Anything but digits stays text, so that the
 * schema answers it with its message; an absent version is left out, and the schema asks for it.
 */
export function readVersionParam(request: NextRequest): { version?: number | string } {
  const raw = request.nextUrl.searchParams.get("version");
  if (raw === null || raw === "") return {};
  return { version: /^\d+$/.test(raw) ? Number(raw) : raw };
}
