import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { toNumber } from "../sql/dialect-sql";

export interface HeadlineCounts {
  events: number;
  countries: number;
  actors: number;
  topics: number;
}

/** How many events match, and how many distinct countries, actors and topics they involve. */
export async function countHeadline(filter: ResolvedEventFilter, viewer: Viewer): Promise<HeadlineCounts> {
  const where = eventWhereSql(filter, viewer);
  const rows = await readSql<{ events: unknown; countries: unknown; actors: unknown; topics: unknown }[]>`
    SELECT
      (SELECT COUNT(*) FROM events e WHERE ${where}) AS events,
      (SELECT COUNT(DISTINCT ec.country_code) FROM events e JOIN event_countries ec ON ec.event_id = e.id WHERE ${where}) AS countries,
      (SELECT COUNT(DISTINCT ea.actor_id) FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE ${where}) AS actors,
      (SELECT COUNT(DISTINCT et.topic_id) FROM events e JOIN event_topics et ON et.event_id = e.id WHERE ${where}) AS topics`;
  const row = rows[0];
  return { events: toNumber(row?.events), countries: toNumber(row?.countries), actors: toNumber(row?.actors), topics: toNumber(row?.topics) };
}
