/**
 * The triggers that keep event_actor_kinds (migration 20261206090000_actor_kinds): which kinds of actor each event
 * involves, one row per event and kind, so that the actor-kind facet filters and lanes like a link table. A change to
 * an event's actors rewrites that event's rows; a change to an actor's kind rewrites the rows of every event it is in
 * (rare, and bounded by that actor's events). Rewriting is simpler than a delta: an event has a few actors.
 *
 * Named event_actor_kinds_*: the bulk loaders switch them off with the count triggers and refill the table first
 * (rebuildEventActorKindsSql, part of rebuildEventCountsSql).
 */
import { actorKindRowsSql as kindRowsSql } from "../event-actor-kinds-sql";
import { postgresEventRefresh, postgresStatementTrigger, plpgsql, sqliteTrigger, type TriggerObject, type TriggerSet } from "./trigger-sql";

const OPS = ["INSERT", "UPDATE", "DELETE"] as const;


function sqliteRefresh(event: string): string {
  return `    DELETE FROM event_actor_kinds WHERE event_id = ${event};
    INSERT INTO event_actor_kinds (event_id, kind) ${kindRowsSql(`ea.event_id = ${event}`)};`;
}

function sqliteObjects(): TriggerObject[] {
  const trigger = (name: string, table: string, when: string, body: string) =>
    sqliteTrigger(`event_actor_kinds_${name}`, table, `CREATE TRIGGER "event_actor_kinds_${name}" ${when}\nBEGIN\n${body}\nEND;`);
  const ofActor = "SELECT event_id FROM event_actors WHERE actor_id = NEW.id";
  return [
    trigger("after_actor_link_insert", "event_actors", `AFTER INSERT ON "event_actors"`, sqliteRefresh("NEW.event_id")),
    // A link moved to another event rewrites both events.
    trigger("after_actor_link_update", "event_actors", `AFTER UPDATE ON "event_actors"`, `${sqliteRefresh("OLD.event_id")}\n${sqliteRefresh("NEW.event_id")}`),
    trigger("after_actor_link_delete", "event_actors", `AFTER DELETE ON "event_actors"`, sqliteRefresh("OLD.event_id")),
    trigger(
      "after_actor_kind_update",
      "actors",
      `AFTER UPDATE OF kind ON "actors" WHEN OLD.kind IS NOT NEW.kind`,
      `    DELETE FROM event_actor_kinds WHERE event_id IN (${ofActor});
    INSERT INTO event_actor_kinds (event_id, kind) ${kindRowsSql(`ea.event_id IN (${ofActor})`)};`,
    ),
  ];
}

/** PostgreSQL: one function rewrites the rows of a set of events; statement triggers collect the events a statement touched. */
function postgresObjects(): TriggerObject[] {
  const { refresh, onLinkChange: onLink } = postgresEventRefresh("event_actor_kinds", `    DELETE FROM event_actor_kinds WHERE event_id = ANY(ids);
    INSERT INTO event_actor_kinds (event_id, kind) ${kindRowsSql("ea.event_id = ANY(ids)")};`);
  const onKind: TriggerObject = {
    kind: "function",
    name: "event_actor_kinds_on_kind_change",
    args: "",
    sql: `CREATE FUNCTION event_actor_kinds_on_kind_change() RETURNS trigger LANGUAGE plpgsql AS ${plpgsql(`BEGIN
    PERFORM event_actor_kinds_refresh(ARRAY(
        SELECT DISTINCT ea.event_id FROM event_actors ea JOIN new_rows n ON n.id = ea.actor_id JOIN old_rows o ON o.id = n.id
        WHERE o.kind IS DISTINCT FROM n.kind));
    RETURN NULL;
END`)};`,
  };
  return [
    refresh,
    onLink,
    onKind,
    ...OPS.map((op) => postgresStatementTrigger(`event_actor_kinds_after_actor_link_${op.toLowerCase()}`, "event_actors", op, "event_actor_kinds_on_link_change")),
    postgresStatementTrigger("event_actor_kinds_after_actor_kind_update", "actors", "UPDATE", "event_actor_kinds_on_kind_change"),
  ];
}

export const eventActorKindsTriggers: TriggerSet = {
  name: "event_actor_kinds",
  source: "lib/db/triggers/event-actor-kinds.ts",
  sqlite: sqliteObjects,
  postgres: postgresObjects,
};
