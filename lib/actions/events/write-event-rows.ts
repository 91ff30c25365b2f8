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

async function writeSources(tx: Prisma.TransactionClient, eventId: number, input: EventInput): Promise<void> {
  if (!input.sources.length) return;
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

async function writeRelations(tx: Prisma.TransactionClient, eventId: number, input: EventInput): Promise<void> {
  if (!input.relations.length) return;
  await tx.eventRelation.createMany({ data: input.relations.map((r) => ({ fromId: eventId, toId: r.targetId, type: r.type })) });
}

const without = <T>(items: T[], removed: T[]) => items.filter((item) => !removed.includes(item));

/** Writes sources, topic/actor/country links and outgoing relations of an event that has none. */
export async function createEventChildren(tx: Prisma.TransactionClient, eventId: number, input: EventInput): Promise<void> {
  await writeSources(tx, eventId, input);
  const { topicIds, actorIds, countryCodes } = input;
  if (topicIds.length) await tx.eventTopic.createMany({ data: topicIds.map((topicId) => ({ eventId, topicId })) });
  if (actorIds.length) await tx.eventActor.createMany({ data: actorIds.map((actorId) => ({ eventId, actorId })) });
  if (countryCodes.length) await tx.eventCountry.createMany({ data: countryCodes.map((countryCode) => ({ eventId, countryCode })) });
  await writeRelations(tx, eventId, input);
}

/**
 * Replaces an event's sources and outgoing relations with the input's (incoming relations stay), and
 * brings its topic, actor and country links to the input's by removing and adding only those that
 * differ: every link written costs the count tables' triggers a recount of the event's pairs.
 */
export async function replaceEventChildren(tx: Prisma.TransactionClient, eventId: number, input: EventInput): Promise<void> {
  await tx.source.deleteMany({ where: { eventId } });
  await tx.eventRelation.deleteMany({ where: { fromId: eventId } });
  await writeSources(tx, eventId, input);
  await writeRelations(tx, eventId, input);

  const topics = (await tx.eventTopic.findMany({ where: { eventId }, select: { topicId: true } })).map((link) => link.topicId);
  const actors = (await tx.eventActor.findMany({ where: { eventId }, select: { actorId: true } })).map((link) => link.actorId);
  const countries = (await tx.eventCountry.findMany({ where: { eventId }, select: { countryCode: true } })).map((link) => link.countryCode);
  const { topicIds, actorIds, countryCodes } = input;

  const goneTopics = without(topics, topicIds);
  const goneActors = without(actors, actorIds);
  const goneCountries = without(countries, countryCodes);
  if (goneTopics.length) await tx.eventTopic.deleteMany({ where: { eventId, topicId: { in: goneTopics } } });
  if (goneActors.length) await tx.eventActor.deleteMany({ where: { eventId, actorId: { in: goneActors } } });
  if (goneCountries.length) await tx.eventCountry.deleteMany({ where: { eventId, countryCode: { in: goneCountries } } });

  const newTopics = without(topicIds, topics);
  const newActors = without(actorIds, actors);
  const newCountries = without(countryCodes, countries);
  if (newTopics.length) await tx.eventTopic.createMany({ data: newTopics.map((topicId) => ({ eventId, topicId })) });
  if (newActors.length) await tx.eventActor.createMany({ data: newActors.map((actorId) => ({ eventId, actorId })) });
  if (newCountries.length) await tx.eventCountry.createMany({ data: newCountries.map((countryCode) => ({ eventId, countryCode })) });
}
