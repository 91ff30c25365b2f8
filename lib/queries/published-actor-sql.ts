import { Prisma } from "@/lib/db/client";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { eventWhereSql } from "./sql/event-where";
import { EMPTY_RESOLVED_FILTER } from "./resolve-event-filter";

const READER_VISIBLE = eventWhereSql(EMPTY_RESOLVED_FILTER, ANONYMOUS);

/**
 * True when the actor id `actorId` names at least one event a reader can see. Actor pickers offer only
 * these, so an actor known only from drafts stays unpublished. Through the (actor_id, event_id) index the
 * check usually stops at the actor's first link.
 */
export function actorIsPublishedSql(actorId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM event_actors pa JOIN events e ON e.id = pa.event_id WHERE pa.actor_id = ${actorId} AND ${READER_VISIBLE})`;
}
