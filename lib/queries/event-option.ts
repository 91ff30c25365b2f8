import type { EventStatus } from "@/lib/domain/event-vocabulary";
import type { EventSummary } from "./event-summary";

/** An event as a picker shows it: enough to tell it from others with a similar title. Plain JSON. */
export interface EventOption {
  id: number;
  slug: string;
  title: string;
  dateLabel: string;
  status: EventStatus;
  /** Only ever true for an event a form already refers to; searches never offer deleted events. */
  deleted: boolean;
}

export function toEventOption(event: Pick<EventSummary, "id" | "slug" | "title" | "dateLabel" | "status">, deleted = false): EventOption {
  return { id: event.id, slug: event.slug, title: event.title, dateLabel: event.dateLabel, status: event.status, deleted };
}
