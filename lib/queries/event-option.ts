import type { EventLink } from "./event-link";
import type { EventSummary } from "./event-summary";

/** An event as a picker shows it: enough to tell it from others with a similar title (the event page's link). */
export type EventOption = EventLink;

/** A search result as an option: searches never offer deleted events. */
export function toEventOption(event: Pick<EventSummary, "id" | "slug" | "title" | "dateLabel" | "status">): EventOption {
  return { id: event.id, slug: event.slug, title: event.title, dateLabel: event.dateLabel, status: event.status, deleted: false };
}
