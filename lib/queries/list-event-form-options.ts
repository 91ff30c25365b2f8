import { db } from "@/lib/db/client";
import { formatEventDate, fromStoredEventDate } from "@/lib/dates/event-date";

export interface EventFormOptions {
  topics: { id: number; name: string }[];
  actors: { id: number; name: string }[];
  countries: { code: string; name: string }[];
  /** Candidates for parent and relation targets: every event that is not deleted, drafts included. */
  events: { id: number; title: string; dateLabel: string }[];
}

export async function listEventFormOptions(): Promise<EventFormOptions> {
  const [topics, actors, countries, events] = await Promise.all([
    db.topic.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.actor.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.event.findMany({
      where: { deletedAt: null },
      select: { id: true, title: true, dateLabel: true, startValue: true, startPrecision: true, endValue: true, endPrecision: true, approximate: true },
      orderBy: [{ earliest: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    topics,
    actors,
    countries,
    events: events.map((e) => ({ id: e.id, title: e.title, dateLabel: e.dateLabel || formatEventDate(fromStoredEventDate(e as Parameters<typeof fromStoredEventDate>[0])) })),
  };
}
