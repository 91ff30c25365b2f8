/** What a revision of an event records: the kind of change, and the way it came in. */
export const REVISION_ACTIONS = ["create", "update", "delete", "restore"] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** form: the admin pages; api: /api/v1. Imports, review decisions and restores of a revision come with them. */
export const REVISION_VIAS = ["form", "api"] as const;
export type RevisionVia = (typeof REVISION_VIAS)[number];

export const REVISION_ACTION_LABELS: Record<RevisionAction, string> = {
  create: "Created",
  update: "Edited",
  delete: "Deleted",
  restore: "Restored",
};

export const REVISION_VIA_LABELS: Record<RevisionVia, string> = {
  form: "the editor",
  api: "the API",
};
