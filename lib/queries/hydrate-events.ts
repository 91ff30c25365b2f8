import { db, dialect, Prisma } from "@/lib/db/client";
import { toNumber } from "./sql/dialect-sql";
import { toEventSummary, type EventSummary, type EventSummaryRow } from "./event-summary";

/** Past this many ids a list is loaded in batches, well under either database's limit on bound parameters. */
const BATCH = 5_000;

/** What search snippets are cut from besides the summary: the body and the non-empty source titles, in source order. */
export interface EventTexts {
  body: string;
  sourceTitles: string[];
}

export interface HydratedEvents {
  rows: EventSummary[];
  /** Filled when asked for (withTexts). */
  texts: Map<number, EventTexts>;
}

/**
 * Loads summaries for ids, keeping the order of the ids (unknown ids are left out). Written by hand as one
 * query: each event's tags come as JSON arrays from correlated subqueries on the link tables' primary keys.
 * Prisma's nested includes sent a query per relation and level and spent ~5 ms per page mapping rows.
 */
export async function hydrateEvents(ids: number[]): Promise<EventSummary[]> {
  return (await loadEventSummaries(ids, false)).rows;
}

/** hydrateEvents plus each event's body and source titles (a search page's snippets), in the same query. */
export async function hydrateEventsWithTexts(ids: number[]): Promise<HydratedEvents> {
  return loadEventSummaries(ids, true);
}

type Pair = [string, string];

interface SummaryQueryRow extends Omit<EventSummaryRow, "sourceCount"> {
  sourceCount: unknown;
  topics: unknown;
  actors: unknown;
  countries: unknown;
  body?: string;
  sourceTitles?: unknown;
}

async function loadEventSummaries(ids: number[], withTexts: boolean): Promise<HydratedEvents> {
  const texts = new Map<number, EventTexts>();
  if (ids.length === 0) return { rows: [], texts };
  if (ids.length > BATCH) {
    const parts: HydratedEvents[] = [];
    for (let i = 0; i < ids.length; i += BATCH) parts.push(await loadEventSummaries(ids.slice(i, i + BATCH), withTexts));
    return { rows: parts.flatMap((part) => part.rows), texts: new Map(parts.flatMap((part) => [...part.texts])) };
  }
  const textColumns = withTexts
    ? Prisma.sql`, e.body, (SELECT ${jsonArraySql(Prisma.sql`s.title`, Prisma.sql`s.position, s.id`)} FROM sources s WHERE s.event_id = e.id AND s.title <> '') AS "sourceTitles"`
    : Prisma.empty;
  const rows = await db.$queryRaw<SummaryQueryRow[]>`
    SELECT e.id, e.slug, e.title, e.summary, e.start_value AS "startValue", e.start_precision AS "startPrecision",
      e.end_value AS "endValue", e.end_precision AS "endPrecision", e.approximate, e.date_label AS "dateLabel",
      e.earliest, e.latest, e.importance, e.status, e.updated_at AS "updatedAt",
      (SELECT COUNT(*) FROM sources s WHERE s.event_id = e.id) AS "sourceCount",
      (SELECT ${jsonPairsSql(Prisma.sql`t.slug`, Prisma.sql`t.name`)} FROM event_topics et JOIN topics t ON t.id = et.topic_id WHERE et.event_id = e.id) AS topics,
      (SELECT ${jsonPairsSql(Prisma.sql`a.slug`, Prisma.sql`a.name`)} FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id) AS actors,
      (SELECT ${jsonPairsSql(Prisma.sql`c.code`, Prisma.sql`c.name`)} FROM event_countries ec JOIN countries c ON c.code = ec.country_code WHERE ec.event_id = e.id) AS countries
      ${textColumns}
    FROM events e WHERE e.id IN (${Prisma.join(ids)})`;
  const byId = new Map<number, EventSummary>();
  for (const row of rows) {
    const id = Number(row.id);
    const tags = {
      topics: readJson<Pair>(row.topics).map(([slug, name]) => ({ slug, name })),
      actors: readJson<Pair>(row.actors).map(([slug, name]) => ({ slug, name })),
      countries: readJson<Pair>(row.countries).map(([code, name]) => ({ code, name })),
    };
    byId.set(id, toEventSummary({ ...row, id, sourceCount: toNumber(row.sourceCount) }, tags));
    if (withTexts) texts.set(id, { body: row.body ?? "", sourceTitles: readJson<string>(row.sourceTitles) });
  }
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), texts };
}

/** A JSON array of [first, second] pairs over the subquery's rows ('[]' or NULL when there are none). */
function jsonPairsSql(first: Prisma.Sql, second: Prisma.Sql): Prisma.Sql {
  return dialect === "postgres" ? Prisma.sql`json_agg(json_build_array(${first}, ${second}))` : Prisma.sql`json_group_array(json_array(${first}, ${second}))`;
}

/** A JSON array of one column in the given order (aggregate ORDER BY: SQLite 3.44+, PostgreSQL). */
function jsonArraySql(value: Prisma.Sql, orderBy: Prisma.Sql): Prisma.Sql {
  return dialect === "postgres" ? Prisma.sql`json_agg(${value} ORDER BY ${orderBy})` : Prisma.sql`json_group_array(${value} ORDER BY ${orderBy})`;
}

/** SQLite returns JSON as text, PostgreSQL's driver parses it; an aggregate over no rows is NULL in PostgreSQL. */
function readJson<T>(value: unknown): T[] {
  if (value === null || value === undefined) return [];
  return (typeof value === "string" ? JSON.parse(value) : value) as T[];
}
