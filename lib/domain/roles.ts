/**
 * What each role may do. A viewer reads (drafts excluded); an editor writes and submits for review; a reviewer
 * also publishes and sends back; an admin also manages accounts, settings and the trash.
 */
export const ROLES = ["viewer", "editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  editor: "Editor",
  reviewer: "Reviewer",
  admin: "Admin",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "reads published events",
  editor: "creates and edits events, submits them for review",
  reviewer: "edits, publishes and sends back",
  admin: "everything, and manages accounts and settings",
};

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
