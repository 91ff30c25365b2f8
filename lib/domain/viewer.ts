import type { Role } from "./roles";

/** Who is asking. Queries and actions take it explicitly; nothing reads the session behind their back. */
export interface Viewer {
  userId: string | null;
  role: Role | "anonymous";
  name?: string;
  email?: string;
}

export const ANONYMOUS: Viewer = { userId: null, role: "anonymous" };

/** Editors, reviewers and admins write events and see drafts. */
export function canEdit(viewer: Viewer): boolean {
  return viewer.role === "editor" || viewer.role === "reviewer" || viewer.role === "admin";
}

/** Reviewers and admins publish, unpublish and send back. */
export function canReview(viewer: Viewer): boolean {
  return viewer.role === "reviewer" || viewer.role === "admin";
}

/** Admins manage accounts, settings, the trash and the audit log. */
export function canAdminister(viewer: Viewer): boolean {
  return viewer.role === "admin";
}
