import type { EventSummary } from "@/lib/queries/event-summary";
import type { SnippetPart } from "@/lib/queries/search/build-snippet";
import type { EventStatus } from "@/lib/domain/event-vocabulary";
import { describeDatePrecision } from "@/lib/dates/describe-date-precision";

/** One table row: plain strings and numbers, formatted on the server so the client renders what it was given. */
export interface EventRow {
  id: number;
  slug: string;
  title: string;
  dateLabel: string;
  /** How precisely the date is known, in words: "known to the month", "ongoing, start unknown". */
  precision: string;
  importance: number;
  status: EventStatus;
  topics: string[];
  actors: string[];
  countries: string[];
  sourceCount: number;
  updatedAt: string;
  updatedLabel: string;
  /** While searching: the matched words in context, shown under the title. */
  snippet?: SnippetPart[];
}

const UPDATED_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function toEventRow(event: EventSummary): EventRow {
  const precision = describeDatePrecision(event.date);
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    dateLabel: event.dateLabel,
    precision,
    importance: event.importance,
    status: event.status,
    topics: event.topics.map((topic) => topic.name),
    actors: event.actors.map((actor) => actor.name),
    countries: event.countries.map((country) => country.name),
    sourceCount: event.sourceCount,
    updatedAt: event.updatedAt,
    updatedLabel: UPDATED_FORMAT.format(new Date(event.updatedAt)),
    ...(event.snippet ? { snippet: event.snippet } : {}),
  };
}
