import { db } from "@/lib/db/client";
import { countByMember } from "./counts/count-sql";
import type { CountScope } from "./counts/count-scope";
import type { ActorOption } from "./search-actors";
import { readableStatus } from "./visibility";
import { ANONYMOUS } from "@/lib/domain/viewer";

const PUBLISHED_EVER: CountScope = { status: readableStatus(ANONYMOUS), minImportance: 1, period: { start: null, end: null }, match: "overlap" };

/** How many actors the filter bar lists before a reader searches; the rest are found by typing. */
export const LISTED_ACTORS = 30;

export interface FilterOptions {
  topics: { slug: string; name: string }[];
  /** The most used actors plus every selected one, by name. */
  actors: ActorOption[];
  /** Every actor a reader can filter by (those with published events); more than `actors.length` means "search for the rest". */
  actorTotal: number;
  countries: { code: string; name: string }[];
  actorKinds: { kind: string; name: string }[];
}

/**
 * Every actor with a published event and how many it has, from event_counts' all-time actor rows (one
 * read of about as many rows as there are actors, whatever the number of events).
 */
async function countPublishedEventsByActor(): Promise<{ id: number; n: number }[]> {
  const rows = await countByMember(PUBLISHED_EVER, ["actor"], { start: null, end: null }, "overlap");
  return rows.filter((row) => row.n > 0 && /^\d+$/.test(row.member)).map((row) => ({ id: Number(row.member), n: row.n }));
}

/** What the filter bar offers: every topic, country and kind of actor, and a bounded list of actors that always holds the selected ones. */
export async function listFilterOptions(selectedActors: readonly string[] = []): Promise<FilterOptions> {
  const [topics, used, countries, actorKinds] = await Promise.all([
    db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    countPublishedEventsByActor(),
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.actorKind.findMany({ select: { kind: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const topIds = used.sort((a, b) => b.n - a.n || a.id - b.id).slice(0, LISTED_ACTORS).map((actor) => actor.id);
  const actorTotal = used.length;
  const actors = await db.actor.findMany({
    where: { OR: [{ id: { in: topIds } }, ...(selectedActors.length ? [{ slug: { in: [...selectedActors] } }] : [])] },
    select: { slug: true, name: true, kind: true },
    orderBy: { name: "asc" },
  });
  return { topics, actors: actors as ActorOption[], actorTotal, countries, actorKinds };
}
