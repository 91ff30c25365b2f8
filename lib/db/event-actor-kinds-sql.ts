/**
 * event_actor_kinds (migration 20261206090000_actor_kinds): which kinds of actor each event involves. Its triggers
 * (lib/db/triggers/event-actor-kinds.ts) and its bulk rebuild read the same rows from event_actors and actors.
 */

/** The rows of the events matching `events` (a condition on ea.event_id), as they should be. */
export function actorKindRowsSql(events: string): string {
  return `SELECT DISTINCT ea.event_id, a.kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ${events}`;
}

/** For bulk loaders that switch its triggers off: refill the table, before the count tables (which may count kinds). */
export function rebuildEventActorKindsSql(): string[] {
  return ["DELETE FROM event_actor_kinds", `INSERT INTO event_actor_kinds (event_id, kind) ${actorKindRowsSql("1 = 1")}`];
}
