import { Prisma } from "@/lib/db/client";
import { formatEventDate, fromStoredEventDate, isExactDate, eventDateShape, type DateShape, type EventDate } from "@/lib/dates/event-date";
import type { EventStatus } from "@/lib/domain/event-vocabulary";
import type { SnippetPart } from "./search/build-snippet";

/** What lists, tables and the timeline show of an event. Plain JSON, safe to pass to client components. */
export interface EventSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  date: EventDate;
  dateLabel: string;
  dateShape: DateShape;
  exactDate: boolean;
  earliest: number;
  latest: number;
  importance: number;
  status: EventStatus;
  topics: { slug: string; name: string }[];
  actors: { slug: string; name: string }[];
  countries: { code: string; name: string }[];
  sourceCount: number;
  updatedAt: string;
  /** While searching: the matched words in context (summary, body or source titles), for <mark>. */
  snippet?: SnippetPart[];
}

// No `_count` of sources here: Prisma 6.19 computes a relation count by grouping the whole sources table
// (350 ms for 50 events at 1M), so hydrateEvents counts them for the page's ids with its own GROUP BY.
export const eventSummaryInclude = {
  topics: { select: { topic: { select: { slug: true, name: true } } } },
  actors: { select: { actor: { select: { slug: true, name: true } } } },
  countries: { select: { country: { select: { code: true, name: true } } } },
} satisfies Prisma.EventInclude;

type EventWithSummary = Prisma.EventGetPayload<{ include: typeof eventSummaryInclude }>;

export function toEventSummary(row: EventWithSummary, sourceCount: number): EventSummary {
  const date = fromStoredEventDate(row as Parameters<typeof fromStoredEventDate>[0]);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    date,
    dateLabel: row.dateLabel || formatEventDate(date),
    dateShape: eventDateShape(date),
    exactDate: isExactDate(date),
    earliest: row.earliest,
    latest: row.latest,
    importance: row.importance,
    status: row.status as EventStatus,
    topics: row.topics.map((t) => t.topic).sort((a, b) => a.name.localeCompare(b.name)),
    actors: row.actors.map((a) => a.actor).sort((a, b) => a.name.localeCompare(b.name)),
    countries: row.countries.map((c) => c.country).sort((a, b) => a.name.localeCompare(b.name)),
    sourceCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}
