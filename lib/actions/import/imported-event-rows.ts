/**
 * The rows an import writes for an event, as the columns and values of its bulk statements (bulk-insert.ts): the
 * event itself (new or updated), its sources and links, and its revision with the state it was written with.
 */
import type { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventState } from "@/lib/revisions/event-state";
import type { EventInput } from "@/lib/schemas/event-input";
import { toEventColumns } from "../events/write-event-rows";
import { insertRows, type SqlValue } from "./bulk-insert";

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

/** A new event's row, with the id reserved for it (reserve-event-ids.ts). */
export const CREATED_EVENT_COLUMNS = ["id", ...EVENT_CONTENT_COLUMNS, "created_by_id", "updated_by_id", "created_at", "updated_at", "version", "external_id", "import_batch_id"] as const;

export function createdEventValues(id: number, data: EventInput, slug: string, externalId: string | null, batchId: number, viewer: Viewer, now: Date): SqlValue[] {
  return [id, ...eventContentValues(data, slug), viewer.userId, viewer.userId, now, now, 1, externalId, batchId];
}

/** An updated event's row: the version the import read (the UPDATE writes only where it still is), its parent cleared until the rows are linked. */
export const UPDATED_EVENT_COLUMNS = ["id", "version", ...EVENT_CONTENT_COLUMNS, "parent_id", "import_batch_id", "updated_by_id", "updated_at"] as const;

export function updatedEventValues(id: number, version: number, data: EventInput, slug: string, batchId: number, viewer: Viewer, now: Date): SqlValue[] {
  return [id, version, ...eventContentValues(data, slug), null, batchId, viewer.userId, now];
}

/** The tables an event's sources and topic, actor and country links go to, with the rows of one event. */
export const EVENT_LINKS: readonly { table: string; columns: readonly string[]; rows: (id: number, data: EventInput) => SqlValue[][] }[] = [
  {
    table: "sources",
    columns: ["event_id", "position", "publisher", "title", "url", "published_on", "author", "quote"],
    rows: (id, data) => data.sources.map((source, position) => [id, position, source.publisher, source.title, source.url || null, source.publishedOn || null, source.author || null, source.quote || null]),
  },
  { table: "event_topics", columns: ["event_id", "topic_id"], rows: (id, data) => data.topicIds.map((topicId) => [id, topicId]) },
  { table: "event_actors", columns: ["event_id", "actor_id"], rows: (id, data) => data.actorIds.map((actorId) => [id, actorId]) },
  { table: "event_countries", columns: ["event_id", "country_code"], rows: (id, data) => data.countryCodes.map((code) => [id, code]) },
];

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

export const REVISION_COLUMNS = ["event_id", "version", "action", "via", "author_id", "state", "batch_id", "created_at"] as const;

export function revisionValues({ id, version, action, state }: ImportRevision, batchId: number, viewer: Viewer, now: Date): SqlValue[] {
  return [id, version, action, "import", viewer.userId, state, batchId, now];
}

export async function insertImportRevisions(tx: Prisma.TransactionClient, revisions: ImportRevision[], batchId: number, viewer: Viewer, now: Date): Promise<void> {
  await insertRows(tx, "event_revisions", REVISION_COLUMNS, revisions.map((revision) => revisionValues(revision, batchId, viewer, now)));
}
