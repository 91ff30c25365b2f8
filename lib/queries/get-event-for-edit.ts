import { db, type Prisma } from "@/lib/db/client";
import type { EndPrecision, StartPrecision } from "@/lib/dates/event-date";
import type { EventStatus, RelationType } from "@/lib/domain/event-vocabulary";
import type { EventUpdateInput } from "@/lib/schemas/event-input";

/** An event as the edit form and the API's GET/PATCH see it: the input shape, plus who touched it last. */
export interface EditableEvent {
  id: number;
  values: Omit<EventUpdateInput, "reason">;
  createdAt: string;
  updatedAt: string;
  updatedByName: string | null;
  deletedAt: string | null;
}

export function getEventForEdit(id: number): Promise<EditableEvent | null> {
  return readEditableEvent(db, id);
}

const EDITABLE_INCLUDE = {
  sources: { orderBy: { position: "asc" } },
  topics: { select: { topicId: true } },
  actors: { select: { actorId: true } },
  countries: { select: { countryCode: true } },
  relationsFrom: { select: { type: true, toId: true }, orderBy: { id: "asc" } },
  updatedBy: { select: { name: true } },
} satisfies Prisma.EventInclude;

type EditableRow = Prisma.EventGetPayload<{ include: typeof EDITABLE_INCLUDE }>;

/** The same, read through `client`: inside a write's transaction, the event as that write leaves it (its revision). */
export async function readEditableEvent(client: Prisma.TransactionClient, id: number): Promise<EditableEvent | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await client.event.findUnique({ where: { id }, include: EDITABLE_INCLUDE });
  return row ? toEditableEvent(row) : null;
}

/** Many events at once, as readEditableEvent reads each (for revisions written in bulk); those that exist, by id. */
export async function readEditableEvents(client: Prisma.TransactionClient, ids: number[]): Promise<EditableEvent[]> {
  const rows = await client.event.findMany({ where: { id: { in: ids } }, include: EDITABLE_INCLUDE, orderBy: { id: "asc" } });
  return rows.map(toEditableEvent);
}

function toEditableEvent(row: EditableRow): EditableEvent {
  return {
    id: row.id,
    values: {
      title: row.title,
      slug: row.slug,
      summary: row.summary,
      body: row.body,
      start: { precision: row.startPrecision as StartPrecision, value: row.startValue ?? "" },
      end: { precision: row.endPrecision as EndPrecision, value: row.endValue ?? "" },
      approximate: row.approximate,
      timeZone: row.timeZone ?? "",
      dateLabel: row.dateLabel ?? "",
      importance: row.importance,
      status: row.status as EventStatus,
      parentId: row.parentId,
      topicIds: row.topics.map((t) => t.topicId).sort((a, b) => a - b),
      actorIds: row.actors.map((a) => a.actorId).sort((a, b) => a - b),
      countryCodes: row.countries.map((c) => c.countryCode).sort(),
      sources: row.sources.map((s) => ({
        publisher: s.publisher,
        title: s.title,
        url: s.url ?? "",
        publishedOn: s.publishedOn ?? "",
        author: s.author ?? "",
        quote: s.quote ?? "",
      })),
      relations: row.relationsFrom.map((r) => ({ type: r.type as RelationType, targetId: r.toId })),
      version: row.version,
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedBy?.name ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
