import { db, Prisma } from "@/lib/db/client";
import { toNumber } from "./sql/dialect-sql";
import { toEventSummary, type EventSummaryRow, type EventSummary, type EventTags } from "./event-summary";

/**
 * Past this many ids a page is loaded in several batches: each id is bound three times in the tags query,
 * and SQLite allows 32,766 parameters per statement. Pages and timeline windows hold a few hundred at most.
 */
const BATCH = 2_000;

/** Summaries in the order of their ids, and (when asked) each event's body, which search snippets are cut from. */
export interface HydratedEvents {
  rows: EventSummary[];
  bodies: Map<number, string>;
}

/**
 * Loads summaries for ids, keeping the order of the ids (unknown ids are left out). Two queries whatever
 * the page size: the rows with their source counts, and their topics, actors and countries in one UNION.
 * Written by hand: Prisma's nested includes cost a query per relation and level plus several ms of mapping per page.
 */
export async function hydrateEvents(ids: number[]): Promise<EventSummary[]> {
  return (await hydrateEventsWithBodies(ids, false)).rows;
}

export async function hydrateEventsWithBodies(ids: number[], withBody = true): Promise<HydratedEvents> {
  if (ids.length > BATCH) {
    const batches: HydratedEvents[] = [];
    for (let i = 0; i < ids.length; i += BATCH) batches.push(await hydrateEventsWithBodies(ids.slice(i, i + BATCH), withBody));
    return { rows: batches.flatMap((batch) => batch.rows), bodies: new Map(batches.flatMap((batch) => [...batch.bodies])) };
  }
  const bodies = new Map<number, string>();
  if (ids.length === 0) return { rows: [], bodies };
  const list = Prisma.join(ids);
  const body = withBody ? Prisma.sql`, e.body` : Prisma.empty;
  const [rows, tags] = await Promise.all([
    db.$queryRaw<(Omit<EventSummaryRow, "sourceCount"> & { sourceCount: unknown; body?: string })[]>`
    SELECT e.id, e.slug, e.title, e.summary, e.start_value AS "startValue", e.start_precision AS "startPrecision",
      e.end_value AS "endValue", e.end_precision AS "endPrecision", e.approximate, e.date_label AS "dateLabel",
      e.earliest, e.latest, e.importance, e.status, e.updated_at AS "updatedAt",
      (SELECT COUNT(*) FROM sources s WHERE s.event_id = e.id) AS "sourceCount"${body}
    FROM events e WHERE e.id IN (${list})`,
    loadTags(list),
  ]);
  const byId = new Map<number, EventSummary>();
  for (const row of rows) {
    const id = Number(row.id);
    byId.set(id, toEventSummary({ ...row, id, sourceCount: toNumber(row.sourceCount) }, tags.get(id) ?? EMPTY_TAGS));
    if (withBody) bodies.set(id, row.body ?? "");
  }
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), bodies };
}

const EMPTY_TAGS: EventTags = { topics: [], actors: [], countries: [] };

type TagKind = "topic" | "actor" | "country";

/** Every topic, actor and country of the events in one round trip: (kind, event id, slug or code, name). */
async function loadTags(list: Prisma.Sql): Promise<Map<number, EventTags>> {
  const rows = await db.$queryRaw<{ kind: TagKind; eventId: number | bigint; key: string; name: string }[]>`
    SELECT 'topic' AS kind, et.event_id AS "eventId", t.slug AS key, t.name FROM event_topics et JOIN topics t ON t.id = et.topic_id WHERE et.event_id IN (${list})
    UNION ALL
    SELECT 'actor', ea.event_id, a.slug, a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN (${list})
    UNION ALL
    SELECT 'country', ec.event_id, c.code, c.name FROM event_countries ec JOIN countries c ON c.code = ec.country_code WHERE ec.event_id IN (${list})`;
  const byEvent = new Map<number, EventTags>();
  for (const row of rows) {
    const id = Number(row.eventId);
    let tags = byEvent.get(id);
    if (!tags) byEvent.set(id, (tags = { topics: [], actors: [], countries: [] }));
    if (row.kind === "topic") tags.topics.push({ slug: row.key, name: row.name });
    else if (row.kind === "actor") tags.actors.push({ slug: row.key, name: row.name });
    else tags.countries.push({ code: row.key, name: row.name });
  }
  return byEvent;
}
