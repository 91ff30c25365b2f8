import { EVENT_STATUS_LABELS, type EventStatus } from "@/lib/domain/event-vocabulary";

/** A tag for an event readers cannot see (draft, in review, unpublished); published events carry none. */
export function StatusBadge({ status, as: Tag = "span" }: { status: EventStatus; as?: "span" | "li" }) {
  if (status === "published") return null;
  return <Tag className="tag badge-draft">{EVENT_STATUS_LABELS[status]}</Tag>;
}
