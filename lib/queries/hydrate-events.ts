import { dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "./sql/dialect-sql";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
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
 * Loads summaries for ids, keeping the order of the ids (unknown ids are left out), in one query written by
 * hand (see summarySelectSql). Prisma's nested includes sent a query per relation and level and spent
 * much of a page's time mapping rows (BENCHMARKS.md, “Figures: lists”).
 */
export async function hydrateEvents(ids: number[]): Promise<EventSummary[]> {
  return (await loadEventSummaries(ids, false)).rows;
}

/** hydrateEvents plus, with `withTexts`, each event's body and source titles (a search page's snippets), in the same query. */
export async function hydrateEventsWithTexts(ids: number[], withTexts = true): Promise<HydratedEvents> {
  return loadEventSummaries(ids, withTexts);
}

/**
 * A page found and hydrated in one statement: `pageIds` selects the page's ids (ORDER BY … LIMIT … OFFSET),
 * and the few rows it picks are ordered again by `order`, which must end in a unique key (e.id) so that
 * both orders agree. `order` is evaluated on the page's rows only: keep it to plain columns.
 */
export async function hydrateEventPage(pageIds: Prisma.Sql, order: Prisma.Sql, withTexts: boolean): Promise<HydratedEvents> {
  const rows = await readSql<SummaryQueryRow[]>`${summarySelectSql(withTexts)} WHERE e.id IN (${pageIds}) ORDER BY ${order}`;
  return readSummaries(rows, withTexts);
}

type Pair = [string, string];
type Triple = [string, string, string];

interface SummaryQueryRow extends Omit<EventSummaryRow, "sourceCount"> {
  sourceCount: unknown;
  topics: unknown;
  actors: unknown;
  countries: unknown;
  body?: string;
  sourceTitles?: unknown;
}

async function loadEventSummaries(ids: number[], withTexts: boolean): Promise<HydratedEvents> {
  if (ids.length === 0) return { rows: [], texts: new Map() };
  if (ids.length > BATCH) {
    const parts: HydratedEvents[] = [];
    for (let i = 0; i < ids.length; i += BATCH) parts.push(await loadEventSummaries(ids.slice(i, i + BATCH), withTexts));
    return { rows: parts.flatMap((part) => part.rows), texts: new Map(parts.flatMap((part) => [...part.texts])) };
  }
  const rows = await readSql<SummaryQueryRow[]>`${summarySelectSql(withTexts)} WHERE e.id IN (${Prisma.join(ids)})`;
  const { rows: summaries, texts } = readSummaries(rows, withTexts);
  const byId = new Map(summaries.map((row) => [row.id, row]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), texts };
}

/** SELECT … FROM events e: the summary columns, each event's tags as JSON arrays from correlated subqueries on the link tables' keys. */
function summarySelectSql(withTexts: boolean): Prisma.Sql {
  const textColumns = withTexts
    ? Prisma.sql`, e.body, (SELECT ${jsonArraySql(Prisma.sql`s.title`, Prisma.sql`s.position, s.id`)} FROM sources s WHERE s.event_id = e.id AND s.title <> '') AS "sourceTitles"`
    : Prisma.empty;
  return Prisma.sql`
    SELECT e.id, e.slug, e.title, e.summary, e.start_value AS "startValue", e.start_precision AS "startPrecision",
      e.end_value AS "endValue", e.end_precision AS "endPrecision", e.approximate, e.time_zone AS "timeZone", e.date_label AS "dateLabel",
      e.earliest, e.latest, e.importance, e.status, e.updated_at AS "updatedAt",
      (SELECT COUNT(*) FROM sources s WHERE s.event_id = e.id) AS "sourceCount",
      (SELECT ${jsonTuplesSql(Prisma.sql`t.slug`, Prisma.sql`t.name`)} FROM event_topics et JOIN topics t ON t.id = et.topic_id WHERE et.event_id = e.id) AS topics,
      (SELECT ${jsonTuplesSql(Prisma.sql`a.slug`, Prisma.sql`a.name`, Prisma.sql`a.kind`)} FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id) AS actors,
      (SELECT ${jsonTuplesSql(Prisma.sql`c.code`, Prisma.sql`c.name`)} FROM event_countries ec JOIN countries c ON c.code = ec.country_code WHERE ec.event_id = e.id) AS countries
      ${textColumns}
    FROM events e`;
}

function readSummaries(rows: SummaryQueryRow[], withTexts: boolean): HydratedEvents {
  const texts = new Map<number, EventTexts>();
  const summaries = rows.map((row) => {
    const id = Number(row.id);
    const tags = {
      topics: readJson<Pair>(row.topics).map(([slug, name]) => ({ slug, name })),
      actors: readJson<Triple>(row.actors).map(([slug, name, kind]) => ({ slug, name, kind: kind as ActorKind })),
      countries: readJson<Pair>(row.countries).map(([code, name]) => ({ code, name })),
    };
    if (withTexts) texts.set(id, { body: row.body ?? "", sourceTitles: readJson<string>(row.sourceTitles) });
    return toEventSummary({ ...row, id, sourceCount: toNumber(row.sourceCount) }, tags);
  });
  return { rows: summaries, texts };
}

/** A JSON array of [first, second, …] tuples over the subquery's rows ('[]' or NULL when there are none). */
function jsonTuplesSql(...columns: Prisma.Sql[]): Prisma.Sql {
  const tuple = Prisma.join(columns);
  return dialect === "postgres" ? Prisma.sql`json_agg(json_build_array(${tuple}))` : Prisma.sql`json_group_array(json_array(${tuple}))`;
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
