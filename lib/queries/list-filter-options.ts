import { db, Prisma } from "@/lib/db/client";
import { actorIsPublishedSql } from "./published-actor-sql";
import type { ActorOption } from "./search-actors";
import { toNumber } from "./sql/dialect-sql";

/** How many actors the filter bar lists before a reader searches; the rest are found by typing. */
export const LISTED_ACTORS = 30;

export interface FilterOptions {
  topics: { slug: string; name: string }[];
  /** The most used actors plus every selected one, by name. */
  actors: ActorOption[];
  /** Every actor a reader can filter by (those with published events); more than `actors.length` means "search for the rest". */
  actorTotal: number;
  countries: { code: string; name: string }[];
}

/*
 * "Most used" counts links in event_actors, drafts included: a GROUP BY over the (actor_id, event_id)
 * index never reads the events table, which joining it for the status would (seconds at a million events).
 * The HAVING still keeps actors known only from drafts out.
 */
async function listMostUsedActorIds(limit: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ actor_id: unknown }[]>`
    SELECT ea.actor_id FROM event_actors ea
    GROUP BY ea.actor_id
    HAVING ${actorIsPublishedSql(Prisma.sql`ea.actor_id`)}
    ORDER BY COUNT(*) DESC, ea.actor_id
    LIMIT ${limit}`;
  return rows.map((row) => toNumber(row.actor_id));
}

async function countPublishedActors(): Promise<number> {
  const rows = await db.$queryRaw<{ total: unknown }[]>`SELECT COUNT(*) AS total FROM actors a WHERE ${actorIsPublishedSql(Prisma.sql`a.id`)}`;
  return toNumber(rows[0]?.total);
}

/** What the filter bar offers: every topic and country, and a bounded list of actors that always holds the selected ones. */
export async function listFilterOptions(selectedActors: readonly string[] = []): Promise<FilterOptions> {
  const [topics, topIds, actorTotal, countries] = await Promise.all([
    db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    listMostUsedActorIds(LISTED_ACTORS),
    countPublishedActors(),
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const actors = await db.actor.findMany({
    where: { OR: [{ id: { in: topIds } }, ...(selectedActors.length ? [{ slug: { in: [...selectedActors] } }] : [])] },
    select: { slug: true, name: true, kind: true },
    orderBy: { name: "asc" },
  });
  return { topics, actors: actors as ActorOption[], actorTotal, countries };
}
