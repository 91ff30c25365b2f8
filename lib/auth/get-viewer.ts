import { cache } from "react";
import { headers } from "next/headers";
import { ROLES, type Role } from "@/lib/domain/event-vocabulary";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { auth } from "./auth";

function toRole(value: unknown): Role {
  return (ROLES as readonly unknown[]).includes(value) ? (value as Role) : "viewer";
}

/** The viewer behind a request's session cookie; anonymous when there is none or it has expired. */
export async function getViewerFromHeaders(requestHeaders: Headers): Promise<Viewer> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return ANONYMOUS;
  const user = session.user as typeof session.user & { role?: unknown };
  return { userId: user.id, role: toRole(user.role), name: user.name, email: user.email };
}

/** The current request's viewer, once per render. */
export const getViewer = cache(async (): Promise<Viewer> => getViewerFromHeaders(await headers()));
