import type { NextResponse } from "next/server";
import { canEdit, type Viewer } from "@/lib/domain/viewer";
import { apiError } from "./api-response";

/** For a read only editors may make: 401 when signed out, 403 for a reader, null for an editor or admin. */
export function refuseUnlessEditor(viewer: Viewer, what: string): NextResponse | null {
  if (!viewer.userId || viewer.role === "anonymous") return apiError(401, "unauthenticated", `Sign in as an editor to ${what}.`);
  if (!canEdit(viewer)) return apiError(403, "forbidden", `Only editors and admins can ${what}.`);
  return null;
}
