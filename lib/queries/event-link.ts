import type { Prisma } from "@/lib/db/client";
import { formatEventDate, fromStoredEventDate } from "@/lib/dates/event-date";
import type { EventStatus } from "@/lib/domain/event-vocabulary";

/** Another event as a page links to it or a picker offers it. Plain JSON. */
export interface EventLink {
  id: number;
  slug: string;
  title: string;
  dateLabel: string;
  status: EventStatus;
  deleted: boolean;
}

/** The columns an EventLink is made of (and the bounds, to sort links by date). */
export const eventLinkSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  deletedAt: true,
  dateLabel: true,
  startValue: true,
  startPrecision: true,
  endValue: true,
  endPrecision: true,
  approximate: true,
  timeZone: true,
  earliest: true,
  latest: true,
} satisfies Prisma.EventSelect;

export type EventLinkRow = Prisma.EventGetPayload<{ select: typeof eventLinkSelect }>;

export function toEventLink(row: EventLinkRow): EventLink {
  const date = fromStoredEventDate(row as Parameters<typeof fromStoredEventDate>[0]);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dateLabel: row.dateLabel || formatEventDate(date),
    status: row.status as EventStatus,
    deleted: row.deletedAt !== null,
  };
}
