import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db/client";
import { removeTestEvents } from "./event-fixtures";
import { insertSyntheticEvents } from "./timeline-synthetic-events";

/**
 * Before a file's tests: 500 published synthetic events of 2001–2009 and 80 drafts of 2004–2006, with some links
 * taken away. Synthetic events always have a topic, an actor and a country, so without this "no actor", "no
 * country" and "no topic" lanes would be empty. After them: the events go. `busiestActor()` is the synthetic
 * actor with the most events, so that its lanes are many.
 */
export function setUpStrippedSyntheticEvents(seeds: { published: number; drafts: number }) {
  let slugs: string[] = [];
  let actorSlug = "";
  beforeAll(async () => {
    slugs = [
      ...(await insertSyntheticEvents({ count: 500, seed: seeds.published, status: "published", fromYear: 2001, toYear: 2009 })),
      ...(await insertSyntheticEvents({ count: 80, seed: seeds.drafts, status: "draft", fromYear: 2004, toYear: 2006 })),
    ];
    const ids = (await db.event.findMany({ where: { slug: { in: slugs } }, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
    await db.eventActor.deleteMany({ where: { eventId: { in: ids.filter((_, i) => i % 5 === 0) } } });
    await db.eventCountry.deleteMany({ where: { eventId: { in: ids.filter((_, i) => i % 7 === 1) } } });
    await db.eventTopic.deleteMany({ where: { eventId: { in: ids.filter((_, i) => i % 9 === 2) } } });
    const [busiest] = await db.actor.findMany({ where: { slug: { startsWith: "syn-" } }, orderBy: { events: { _count: "desc" } }, take: 1, select: { slug: true } });
    actorSlug = busiest!.slug;
  });
  afterAll(async () => {
    await removeTestEvents(slugs);
  });
  return { busiestActor: () => actorSlug };
}
