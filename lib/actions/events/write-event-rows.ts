import type { Prisma } from "@/lib/db/client";
import { toStoredInputDate, type EventInput } from "@/lib/schemas/event-input";

/** The event row's own columns for valid input (dates in their stored form, empty text as null). */
export function toEventColumns(input: EventInput, slug: string) {
  return {
    slug,
    title: input.title,
    summary: input.summary,
    body: input.body,
    ...toStoredInputDate(input),
    dateLabel: input.dateLabel || null,
    importance: input.importance,
    status: input.status,
    parentId: input.parentId,
  };
}

/** Writes sources, topic/actor/country links and outgoing relations of an event that has none. */
export async function createEventChildren(tx: Prisma.TransactionClient, eventId: number, input: EventInput): Promise<void> {
  if (input.sources.length) {
    await tx.source.createMany({
      data: input.sources.map((source, position) => ({
        eventId,
        position,
        publisher: source.publisher,
        title: source.title,
        url: source.url || null,
        publishedOn: source.publishedOn || null,
        author: source.author || null,
        quote: source.quote || null,
      })),
    });
  }
  const unique = <T>(items: T[]) => [...new Set(items)];
  const topicIds = unique(input.topicIds);
  const actorIds = unique(input.actorIds);
  const countryCodes = unique(input.countryCodes);
  if (topicIds.length) await tx.eventTopic.createMany({ data: topicIds.map((topicId) => ({ eventId, topicId })) });
  if (actorIds.length) await tx.eventActor.createMany({ data: actorIds.map((actorId) => ({ eventId, actorId })) });
  if (countryCodes.length) await tx.eventCountry.createMany({ data: countryCodes.map((countryCode) => ({ eventId, countryCode })) });
  if (input.relations.length) {
    await tx.eventRelation.createMany({ data: input.relations.map((r) => ({ fromId: eventId, toId: r.targetId, type: r.type })) });
  }
}

/** Removes what createEventChildren wrote, so an update can write the new set (incoming relations stay). */
export async function deleteEventChildren(tx: Prisma.TransactionClient, eventId: number): Promise<void> {
  await tx.source.deleteMany({ where: { eventId } });
  await tx.eventTopic.deleteMany({ where: { eventId } });
  await tx.eventActor.deleteMany({ where: { eventId } });
  await tx.eventCountry.deleteMany({ where: { eventId } });
  await tx.eventRelation.deleteMany({ where: { fromId: eventId } });
}
