import { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
import { eventWhereSql } from "../sql/event-where";
import { EMPTY_RESOLVED_FILTER } from "../resolve-event-filter";
import { planCount } from "../counts/plan-count";
import { countPairsByMember } from "../counts/pair-sql";
import { rankCountedActors } from "../dashboard/dashboard-counted";
import { readTopActors } from "../dashboard/find-top-actors";
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
  const plan = planCount(entity.filter, viewer, "dashboard");
  if (plan.table === "event_pair_counts") {
    const pair = plan.target;
    const rows = await countPairsByMember(pair, ["actor"]);
    const others = rows.filter((row) => !(pair.dim === "actor" && row.member === pair.member));
    return (await rankCountedActors(others, limit)).map(({ count, ...actor }) => ({ ...actor, shared: count }));
  }
  return findConnectedActorsLive(entity, viewer, limit);
}

/** The same, counted from the entity's events. */
export async function findConnectedActorsLive(entity: Entity, viewer: Viewer, limit = CONNECTED_ACTORS): Promise<ConnectedActor[]> {
  const { from, excludeSelf } = entityEventsSql(entity);
  const where = eventWhereSql(EMPTY_RESOLVED_FILTER, viewer);
  const actors = await readTopActors(Prisma.sql`
    SELECT ea.actor_id AS actor_id, COUNT(*) AS n
    FROM ${from}
      JOIN event_actors ea ON ea.event_id = e.id ${excludeSelf}
    WHERE ${where}
    GROUP BY ea.actor_id`, limit);
  return actors.map(({ count, ...actor }) => ({ ...actor, shared: count }));
}
