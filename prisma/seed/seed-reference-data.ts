import { db } from "../../lib/db/client";
import { toStoredEventDate, type EventDate } from "../../lib/dates/event-date";
import { parsePartialDate, type PartialDate } from "../../lib/dates/partial-date";
import { createUserWithPassword, findUserIdByEmail } from "../../lib/actions/create-user";
import { ACTORS, COUNTRIES, TOPICS } from "./reference-taxonomy";
import { REFERENCE_EVENTS, type SeedEvent } from "./reference-events";
import { DEMO_USERS } from "./demo-users";

function partial(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) throw new Error(`Seed date "${value}": ${parsed.message}`);
  return parsed.value;
}

function seedDate(event: SeedEvent): EventDate {
  return {
    start: event.start ? partial(event.start) : null,
    end: event.end === "ongoing" ? "ongoing" : event.end ? partial(event.end) : null,
    approximate: event.approximate ?? false,
  };
}

/**
 * Adds whatever of the starter data is missing and leaves existing rows alone, so running it again
 * changes nothing and never overwrites an editor's work (or brings back an event they deleted).
 */
export async function seedReferenceData({ demoUsers = true } = {}): Promise<{ created: number }> {
  for (const topic of TOPICS) await db.topic.upsert({ where: { slug: topic.slug }, create: topic, update: {} });
  for (const country of COUNTRIES) await db.country.upsert({ where: { code: country.code }, create: country, update: {} });
  for (const actor of ACTORS) await db.actor.upsert({ where: { slug: actor.slug }, create: actor, update: {} });

  const topicIds = new Map((await db.topic.findMany()).map((t) => [t.slug, t.id]));
  const actorIds = new Map((await db.actor.findMany()).map((a) => [a.slug, a.id]));
  const lookup = (map: Map<string, number>, slug: string) => {
    const id = map.get(slug);
    if (id === undefined) throw new Error(`Seed refers to unknown slug "${slug}"`);
    return id;
  };

  const existing = new Set((await db.event.findMany({ select: { slug: true } })).map((e) => e.slug));
  const created: SeedEvent[] = [];
  await db.$transaction(async (tx) => {
    for (const event of REFERENCE_EVENTS) {
      if (existing.has(event.slug)) continue;
      await tx.event.create({
        data: {
          slug: event.slug,
          title: event.title,
          summary: event.summary,
          body: event.body,
          ...toStoredEventDate(seedDate(event)),
          importance: event.importance,
          status: "published",
          topics: { create: event.topics.map((slug) => ({ topicId: lookup(topicIds, slug) })) },
          actors: { create: event.actors.map((slug) => ({ actorId: lookup(actorIds, slug) })) },
          countries: { create: event.countries.map((countryCode) => ({ countryCode })) },
          sources: { create: event.sources.map((source, position) => ({ ...source, position })) },
        },
      });
      created.push(event);
    }
    const eventIds = new Map((await tx.event.findMany({ select: { id: true, slug: true } })).map((e) => [e.slug, e.id]));
    for (const event of created) {
      const id = lookup(eventIds, event.slug);
      if (event.parent) await tx.event.update({ where: { id }, data: { parentId: lookup(eventIds, event.parent) } });
      for (const relation of event.relations ?? []) {
        const toId = eventIds.get(relation.to);
        if (toId === undefined) continue; // the target was deleted for good; nothing to link to
        await tx.eventRelation.upsert({
          where: { fromId_toId_type: { fromId: id, toId, type: relation.type } },
          create: { fromId: id, toId, type: relation.type },
          update: {},
        });
      }
    }
  });

  if (demoUsers) {
    for (const user of DEMO_USERS) {
      if (!(await findUserIdByEmail(user.email))) await createUserWithPassword(user);
    }
  }
  return { created: created.length };
}
