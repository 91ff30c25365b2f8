import { EVENT_STATUS_LABELS, EVENT_STATUSES, type EventStatus } from "./event-vocabulary";
import { canReview, type Viewer } from "./viewer";

/**
 * Who moves an event between statuses. Editors write drafts and submit them (draft → in review), and may take a
 * submission back to draft; only reviewers and admins publish, unpublish or send back. An editor's edit keeps a
 * published or unpublished event's status as it is.
 */

/** The statuses a viewer may leave an event in, from its current status (null: a new event). */
export function statusesSettableBy(viewer: Viewer, from: EventStatus | null): EventStatus[] {
  if (canReview(viewer)) return [...EVENT_STATUSES];
  const allowed = new Set<EventStatus>(["draft", "in_review"]);
  if (from) allowed.add(from);
  if (from === "published") return ["published"];
  return EVENT_STATUSES.filter((status) => allowed.has(status));
}

/** Null when the viewer may set the status, else why not, in words the form and the API show next to the field. */
export function statusChangeRefusal(viewer: Viewer, from: EventStatus | null, to: EventStatus): string | null {
  if (statusesSettableBy(viewer, from).includes(to)) return null;
  if (from === "published") return "A published event stays published when an editor saves it; a reviewer or admin unpublishes.";
  return `Editors save a draft or submit for review; a reviewer or admin makes an event ${EVENT_STATUS_LABELS[to].toLowerCase()}.`;
}

/** A review decision on an event in review, or on a published one. */
export const REVIEW_DECISIONS = ["publish", "send_back", "unpublish"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_DECISION_RESULT: Record<ReviewDecision, EventStatus> = { publish: "published", send_back: "draft", unpublish: "unpublished" };

/** The statuses a decision applies to: publish from any unpublished status, send back a submission, unpublish a published event. */
export const REVIEW_DECISION_FROM: Record<ReviewDecision, readonly EventStatus[]> = {
  publish: ["draft", "in_review", "unpublished"],
  send_back: ["in_review"],
  unpublish: ["published"],
};

/** A decision on a pending change to a published event. */
export const CHANGE_DECISIONS = ["approve", "reject"] as const;
export type ChangeDecision = (typeof CHANGE_DECISIONS)[number];

/** pending: waits for a reviewer; approved: applied to the event; rejected: the published version kept; withdrawn: its author took it back. */
export const PENDING_CHANGE_STATES = ["pending", "approved", "rejected", "withdrawn"] as const;
export type PendingChangeState = (typeof PENDING_CHANGE_STATES)[number];
