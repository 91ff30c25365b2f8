import { cache } from "react";
import { headers } from "next/headers";
import { isRole, type Role } from "@/lib/domain/roles";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { auth } from "./auth";

function toRole(value: unknown): Role {
  return isRole(value) ? value : "viewer";
}

/** The viewer behind a request's session cookie; anonymous when there is none or it has expired. */
export async function getViewerFromHeaders(requestHeaders: Headers): Promise<Viewer> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return ANONYMOUS;
  const user = session.user as typeof session.user & { role?: unknown; deactivatedAt?: unknown };
  // Deactivation deletes the account's sessions; this covers a session read from a cache in the meantime.
  if (user.deactivatedAt) return ANONYMOUS;
  return { userId: user.id, role: toRole(user.role), name: user.name, email: user.email };
}

/** The current request's viewer, once per render. */
export const getViewer = cache(async (): Promise<Viewer> => getViewerFromHeaders(await headers()));
