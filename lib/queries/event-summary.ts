import { formatEventDate, fromStoredEventDate, isExactDate, eventDateShape, type DateShape, type EventDate, type StoredEventDate } from "@/lib/dates/event-date";
import type { ActorKind, EventStatus } from "@/lib/domain/event-vocabulary";
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
  actors: { slug: string; name: string; kind: ActorKind }[];
  countries: { code: string; name: string }[];
  sourceCount: number;
  updatedAt: string;
  /** While searching: the matched words in context (summary, body or source titles), for <mark>. */
  snippet?: SnippetPart[];
}

/** An event's topics, actors and countries, in any order: summaries list them by name. */
export interface EventTags {
  topics: { slug: string; name: string }[];
  actors: { slug: string; name: string; kind: ActorKind }[];
  countries: { code: string; name: string }[];
}

/** The columns of one event a summary is made of, as hydrateEvents reads them. */
export interface EventSummaryRow extends StoredEventDate {
  id: number;
  slug: string;
  title: string;
  summary: string;
  dateLabel: string | null;
  importance: number;
  status: string;
  updatedAt: Date | string;
  sourceCount: number;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

export function toEventSummary(row: EventSummaryRow, tags: EventTags): EventSummary {
  const date = fromStoredEventDate({ ...row, approximate: Boolean(row.approximate) });
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    date,
    dateLabel: row.dateLabel || formatEventDate(date),
    dateShape: eventDateShape(date),
    exactDate: isExactDate(date),
    earliest: Number(row.earliest),
    latest: Number(row.latest),
    importance: Number(row.importance),
    status: row.status as EventStatus,
    topics: [...tags.topics].sort(byName),
    actors: [...tags.actors].sort(byName),
    countries: [...tags.countries].sort(byName),
    sourceCount: row.sourceCount,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
