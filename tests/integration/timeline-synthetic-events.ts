import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { generateEvents } from "@/lib/synthetic/generate-events";
import { generateTaxonomy } from "@/lib/synthetic/generate-taxonomy";

export interface InsertSyntheticOptions {
  count: number;
  seed?: number;
  status?: "draft" | "published";
  fromYear?: number;
  toYear?: number;
}

/**
 * Writes generated events (with their topics, actors and countries) through Prisma, letting the
 * database assign ids so its sequences stay right. Returns the slugs, for removeTestEvents.
 */
export async function insertSyntheticEvents({ count, seed = 7, status, fromYear, toYear }: InsertSyntheticOptions): Promise<string[]> {
  const taxonomy = generateTaxonomy(seed, 40);
  for (const topic of taxonomy.topics) await db.topic.upsert({ where: { slug: topic.slug }, update: {}, create: topic });
  for (const actor of taxonomy.actors) await db.actor.upsert({ where: { slug: actor.slug }, update: {}, create: actor });
  for (const country of taxonomy.countries) await db.country.upsert({ where: { code: country.code }, update: {}, create: country });
  const topicIds = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const actorIds = new Map((await db.actor.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));

  const run = randomBytes(3).toString("hex");
  const events = [...generateEvents({ count, seed, firstId: 1, taxonomy, fromYear, toYear })].map((event) => ({ ...event, slug: `${event.slug}-${run}` }));
  await db.event.createMany({
    data: events.map((event) => ({
      slug: event.slug,
      title: event.title,
      summary: event.summary,
      startValue: event.startValue,
      startPrecision: event.startPrecision,
      endValue: event.endValue,
      endPrecision: event.endPrecision,
      approximate: event.approximate,
      earliest: event.earliest,
      latest: event.latest,
      importance: event.importance,
      status: status ?? event.status,
    })),
  });
  const ids = new Map((await db.event.findMany({ where: { slug: { in: events.map((e) => e.slug) } }, select: { id: true, slug: true } })).map((e) => [e.slug, e.id]));
  const id = (slug: string) => ids.get(slug)!;
  await db.eventTopic.createMany({ data: events.flatMap((e) => e.topicIndexes.map((i) => ({ eventId: id(e.slug), topicId: topicIds.get(taxonomy.topics[i]!.slug)! }))) });
  await db.eventActor.createMany({ data: events.flatMap((e) => e.actorIndexes.map((i) => ({ eventId: id(e.slug), actorId: actorIds.get(taxonomy.actors[i]!.slug)! }))) });
  await db.eventCountry.createMany({ data: events.flatMap((e) => e.countryCodes.map((code) => ({ eventId: id(e.slug), countryCode: code }))) });
  return events.map((event) => event.slug);
}
