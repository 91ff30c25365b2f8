/** What a revision records, the kind of change: restore is back from deletion, revert an earlier revision's state brought back. */
export const REVISION_ACTIONS = ["create", "update", "delete", "restore", "revert", "submit", "publish", "send_back", "unpublish", "approve"] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** form: the admin pages; api: /api/v1; review: a reviewer's decision (publish, send back, unpublish, approve a pending change); import: a bulk import or its undo. */
export const REVISION_VIAS = ["form", "api", "review", "import"] as const;
export type RevisionVia = (typeof REVISION_VIAS)[number];

export const REVISION_ACTION_LABELS: Record<RevisionAction, string> = {
  create: "Created",
  update: "Edited",
  delete: "Deleted",
  restore: "Restored",
  revert: "Brought back an earlier version",
  submit: "Submitted for review",
  publish: "Published",
  send_back: "Sent back",
  unpublish: "Unpublished",
  approve: "Approved a pending change",
};

export const REVISION_VIA_LABELS: Record<RevisionVia, string> = {
  form: "the editor",
  api: "the API",
  review: "review",
  import: "an import",
};

/** "Edited in the editor by Ana", "Brought back version 2 in the API": what a revision did, in words. */
export function describeRevision(revision: { action: RevisionAction; via: RevisionVia; restoredFrom: number | null; authorName: string | null }): string {
  const what = revision.action === "revert" && revision.restoredFrom !== null ? `Brought back version ${revision.restoredFrom}` : REVISION_ACTION_LABELS[revision.action];
  return `${what} in ${REVISION_VIA_LABELS[revision.via]}${revision.authorName ? ` by ${revision.authorName}` : ""}`;
}
