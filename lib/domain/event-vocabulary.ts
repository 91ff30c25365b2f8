/**
 * An event's place in review: a draft, submitted for review, published (what readers see), or unpublished (taken
 * back from readers after being published). lib/domain/review.ts says who may move it where.
 */
export const EVENT_STATUSES = ["draft", "in_review", "published", "unpublished"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  unpublished: "Unpublished",
};

/** The status's number in the event matrix's status column (its index in EVENT_STATUSES). */
export const STATUS_CODES: Record<EventStatus, number> = Object.fromEntries(EVENT_STATUSES.map((status, code) => [status, code])) as Record<EventStatus, number>;

export const RELATION_TYPES = ["follows", "outcome_of", "context_for", "part_of"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_LABELS: Record<RelationType, { forward: string; backward: string }> = {
  follows: { forward: "Follows", backward: "Followed by" },
  outcome_of: { forward: "Outcome of", backward: "Led to" },
  context_for: { forward: "Context for", backward: "Has context" },
  part_of: { forward: "Part of", backward: "Includes" },
};

export const ACTOR_KINDS = [
  "person",
  "government",
  "central_bank",
  "company",
  "international_body",
  "organisation",
  "other",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: "Person",
  government: "Government",
  central_bank: "Central bank",
  company: "Company",
  international_body: "International body",
  organisation: "Organisation",
  other: "Other",
};

export const IMPORTANCE_MIN = 1;
export const IMPORTANCE_MAX = 5;

