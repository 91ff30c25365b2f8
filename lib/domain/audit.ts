/**
 * Every kind of entry in the audit log. Event changes are also revisions (the event's own history); the log adds
 * sign-ins, accounts, settings and purges, and lists everything in one place.
 */
export const AUDIT_ACTIONS = [
  "sign_in.succeeded",
  "sign_in.failed",
  "sign_in.locked",
  "event.create",
  "event.update",
  "event.delete",
  "event.restore",
  "event.revert",
  "event.purge",
  "event.submit",
  "event.publish",
  "event.send_back",
  "event.unpublish",
  "event.approve",
  "event.propose",
  "event.reject",
  "event.withdraw",
  "import.commit",
  "import.undo",
  "user.invite",
  "user.invite_revoke",
  "user.join",
  "user.role",
  "user.deactivate",
  "user.reactivate",
  "setting.change",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "sign_in.succeeded": "Signed in",
  "sign_in.failed": "Sign-in failed",
  "sign_in.locked": "Sign-in refused: too many attempts",
  "event.create": "Created an event",
  "event.update": "Edited an event",
  "event.delete": "Deleted an event",
  "event.restore": "Restored an event from the trash",
  "event.revert": "Brought back an earlier version",
  "event.purge": "Purged an event for good",
  "event.submit": "Submitted an event for review",
  "event.publish": "Published an event",
  "event.send_back": "Sent an event back",
  "event.unpublish": "Unpublished an event",
  "event.approve": "Approved a pending change",
  "event.propose": "Proposed a change to a published event",
  "event.reject": "Rejected a pending change",
  "event.withdraw": "Withdrew a pending change",
  "import.commit": "Imported events",
  "import.undo": "Undid an import",
  "user.invite": "Invited someone",
  "user.invite_revoke": "Withdrew an invitation",
  "user.join": "Accepted an invitation",
  "user.role": "Changed a role",
  "user.deactivate": "Deactivated an account",
  "user.reactivate": "Reactivated an account",
  "setting.change": "Changed a setting",
};

/** The groups the log's "kind" filter offers: an action's prefix. */
export const AUDIT_KINDS = ["sign_in", "event", "import", "user", "setting"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  sign_in: "Sign-ins",
  event: "Events",
  import: "Imports",
  user: "Accounts",
  setting: "Settings",
};

export function isAuditAction(value: unknown): value is AuditAction {
  return (AUDIT_ACTIONS as readonly unknown[]).includes(value);
}

export function auditKindOf(action: AuditAction): AuditKind {
  return action.slice(0, action.indexOf(".")) as AuditKind;
}
