import type { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventState } from "@/lib/revisions/event-state";
import type { EventInput } from "@/lib/schemas/event-input";
import { toEventColumns } from "../events/write-event-rows";
import { insertRows, insertRowsReturning, type SqlValue } from "./bulk-insert";

/** A row the import creates: its values with topics, actors and countries resolved, and where it came from. */
export interface CreatedRow {
  data: EventInput;
  slug: string;
  externalId: string | null;
}

/** An event's own columns that a row of the file gives, in the order eventContentValues lists them. */
export const EVENT_CONTENT_COLUMNS = [
  "slug", "title", "summary", "body", "start_value", "start_precision", "end_value", "end_precision", "approximate", "time_zone", "earliest", "latest",
  "date_label", "importance", "status",
] as const;

export function eventContentValues(data: EventInput, slug: string): SqlValue[] {
  const columns = toEventColumns(data, slug);
  return [
    slug, columns.title, columns.summary, columns.body, columns.startValue, columns.startPrecision, columns.endValue, columns.endPrecision, columns.approximate,
    columns.timeZone, columns.earliest, columns.latest, columns.dateLabel, columns.importance, columns.status,
  ];
}

const EVENT_COLUMNS = [...EVENT_CONTENT_COLUMNS, "created_by_id", "updated_by_id", "created_at", "updated_at", "version", "external_id", "import_batch_id"] as const;

/** Writes the new events and their sources and links in a few statements each; returns their ids in row order. */
export async function insertCreatedEvents(tx: Prisma.TransactionClient, rows: CreatedRow[], batchId: number, viewer: Viewer, now: Date): Promise<number[]> {
  const eventRows: SqlValue[][] = rows.map(({ data, slug, externalId }) => [...eventContentValues(data, slug), viewer.userId, viewer.userId, now, now, 1, externalId, batchId]);
  const written = await insertRowsReturning<{ id: number | bigint; slug: string }>(tx, "events", EVENT_COLUMNS, eventRows, "id, slug");
  const idBySlug = new Map(written.map((row) => [row.slug, Number(row.id)]));
  const ids = rows.map((row) => idBySlug.get(row.slug)!);

  await insertEventLinks(tx, rows.map(({ data }, index) => ({ id: ids[index]!, data })));
  return ids;
}

/** The sources and topic, actor and country links of events that have none, in a statement per table. */
export async function insertEventLinks(tx: Prisma.TransactionClient, events: { id: number; data: EventInput }[]): Promise<void> {
  await insertRows(tx, "sources", ["event_id", "position", "publisher", "title", "url", "published_on", "author", "quote"], events.flatMap(({ id, data }) =>
    data.sources.map((source, position): SqlValue[] => [id, position, source.publisher, source.title, source.url || null, source.publishedOn || null, source.author || null, source.quote || null]),
  ));
  await insertRows(tx, "event_topics", ["event_id", "topic_id"], events.flatMap(({ id, data }) => data.topicIds.map((topicId): SqlValue[] => [id, topicId])));
  await insertRows(tx, "event_actors", ["event_id", "actor_id"], events.flatMap(({ id, data }) => data.actorIds.map((actorId): SqlValue[] => [id, actorId])));
  await insertRows(tx, "event_countries", ["event_id", "country_code"], events.flatMap(({ id, data }) => data.countryCodes.map((code): SqlValue[] => [id, code])));
}

/**
 * The state a revision keeps of an event just written (created or updated) from `data`, without reading it back: the same fields, in the
 * same form, as readEditableEvent gives (stored date values, sorted links, empty text for absent columns).
 */
export function writtenEventState(data: EventInput, slug: string): EventState {
  const columns = toEventColumns(data, slug);
  return {
    title: data.title,
    slug,
    summary: data.summary,
    body: data.body,
    start: { precision: columns.startPrecision, value: columns.startValue ?? "" },
    end: { precision: columns.endPrecision, value: columns.endValue ?? "" },
    approximate: data.approximate,
    timeZone: columns.timeZone ?? "",
    dateLabel: columns.dateLabel ?? "",
    importance: data.importance,
    status: data.status,
    parentId: data.parentId,
    topicIds: [...data.topicIds].sort((a, b) => a - b),
    actorIds: [...data.actorIds].sort((a, b) => a - b),
    countryCodes: [...data.countryCodes].sort(),
    sources: data.sources.map((source) => ({ publisher: source.publisher, title: source.title, url: source.url, publishedOn: source.publishedOn, author: source.author, quote: source.quote })),
    relations: data.relations.map((relation) => ({ type: relation.type, targetId: relation.targetId })),
    deletedAt: null,
  } as EventState;
}

/** A revision an import writes: of a new event ("create", version 1) or of one it updated, each with its state as JSON. */
export interface ImportRevision {
  id: number;
  version: number;
  action: "create" | "update";
  state: string;
}

export async function insertImportRevisions(tx: Prisma.TransactionClient, revisions: ImportRevision[], batchId: number, viewer: Viewer, now: Date): Promise<void> {
  await insertRows(tx, "event_revisions", ["event_id", "version", "action", "via", "author_id", "state", "batch_id", "created_at"], revisions.map(({ id, version, action, state }): SqlValue[] => [id, version, action, "import", viewer.userId, state, batchId, now]));
}
