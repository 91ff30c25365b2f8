import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
import { EMPTY_FILTER } from "@/lib/filters/event-filter";
import { eventWhereSql } from "../sql/event-where";
import { toNumber } from "../sql/dialect-sql";
import { pairTarget } from "../counts/count-scope";
import { countPairsByMember } from "../counts/pair-sql";
import { rankCountedActors } from "../dashboard/dashboard-counted";
import type { Entity } from "./entity";

export const CONNECTED_ACTORS = 10;

export interface ConnectedActor {
  slug: string;
  name: string;
  kind: ActorKind;
  /** Events (visible to the viewer) that name both this actor and the entity. */
  shared: number;
}

/**
 * The entity's own events are reached through its link table (its index on (entity, event_id)), so
 * the work grows with the entity's events, not with the whole table. The shared WHERE still decides
 * visibility, so drafts never count for readers.
 */
function entityEventsSql(entity: Entity): { from: Prisma.Sql; excludeSelf: Prisma.Sql } {
  if (entity.type === "actor") {
    return {
      from: Prisma.sql`event_actors self JOIN events e ON e.id = self.event_id AND self.actor_id = ${entity.id}`,
      excludeSelf: Prisma.sql`AND ea.actor_id <> ${entity.id}`,
    };
  }
  if (entity.type === "topic") {
    return { from: Prisma.sql`event_topics self JOIN events e ON e.id = self.event_id AND self.topic_id = ${entity.id}`, excludeSelf: Prisma.empty };
  }
  return { from: Prisma.sql`event_countries self JOIN events e ON e.id = self.event_id AND self.country_code = ${entity.key}`, excludeSelf: Prisma.empty };
}

/** The actors sharing the most events with the entity (for an actor: other actors), most first, ties by name. */
export async function findConnectedActors(entity: Entity, viewer: Viewer, limit = CONNECTED_ACTORS): Promise<ConnectedActor[]> {
  const pair = pairTarget(entity.filter, viewer);
  if (pair) {
    const rows = await countPairsByMember(pair, ["actor"]);
    const others = rows.filter((row) => !(pair.dim === "actor" && row.member === pair.member));
    return (await rankCountedActors(others, limit)).map(({ count, ...actor }) => ({ ...actor, shared: count }));
  }
  return findConnectedActorsLive(entity, viewer, limit);
}

/** The same, counted from the entity's events. */
export async function findConnectedActorsLive(entity: Entity, viewer: Viewer, limit = CONNECTED_ACTORS): Promise<ConnectedActor[]> {
  const { from, excludeSelf } = entityEventsSql(entity);
  const where = eventWhereSql({ ...EMPTY_FILTER, topicIds: [], actorIds: [] }, viewer);
  const rows = await readSql<{ slug: string; name: string; kind: string; n: unknown }[]>`
    SELECT a.slug AS slug, a.name AS name, a.kind AS kind, COUNT(*) AS n
    FROM ${from}
      JOIN event_actors ea ON ea.event_id = e.id ${excludeSelf}
      JOIN actors a ON a.id = ea.actor_id
    WHERE ${where}
    GROUP BY a.id, a.slug, a.name, a.kind
    ORDER BY n DESC, a.name ASC
    LIMIT ${limit}`;
  return rows.map((row) => ({ slug: row.slug, name: row.name, kind: row.kind as ActorKind, shared: toNumber(row.n) }));
}
