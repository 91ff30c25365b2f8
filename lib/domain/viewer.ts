import type { Role } from "./event-vocabulary";

/** Who is asking. Queries and actions take it explicitly; nothing reads the session behind their back. */
export interface Viewer {
  userId: string | null;
  role: Role | "anonymous";
  name?: string;
  email?: string;
}

export const ANONYMOUS: Viewer = { userId: null, role: "anonymous" };

export function canEdit(viewer: Viewer): boolean {
  return viewer.role === "editor" || viewer.role === "admin";
}
