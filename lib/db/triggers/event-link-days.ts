/**
 * The triggers that keep event_link_days (its layout: migration 20261126100000_event_link_days; its rows and bulk
 * rebuild: lib/db/event-link-days-sql.ts). A row packs all of its event's links, so any change to an event's bounds,
 * status, importance or deletion, or to one of its links, rewrites all of that event's rows (a few: one per link)
 * with the same SELECT the rebuild uses. Rewriting is simpler than a delta and costs about the same for so few rows.
 */
import { LINKS } from "../count-period-sql";
import { LINK_DAY_COLUMNS, linkDayRowsSql } from "../event-link-days-sql";
import { postgresEventRefresh, postgresStatementTrigger, plpgsql, sqliteTrigger, type TriggerObject, type TriggerSet } from "./trigger-sql";

const OPS = ["INSERT", "UPDATE", "DELETE"] as const;

/** Rewrites event `x`'s rows (SQLite trigger body statements). */
function sqliteRefresh(x: string): string {
  return `    DELETE FROM event_link_days WHERE event_id = ${x};
    INSERT INTO event_link_days (${LINK_DAY_COLUMNS})
    ${linkDayRowsSql("sqlite", `e.id = ${x}`, false)};`;
}

function sqliteObjects(): TriggerObject[] {
  const trigger = (name: string, table: string, when: string, body: string) =>
    sqliteTrigger(`event_counts_days_${name}`, table, `CREATE TRIGGER "event_counts_days_${name}" ${when}\nBEGIN\n${body}\nEND;`);
  const triggers = [
    trigger("after_event_insert", "events", `AFTER INSERT ON "events"`, sqliteRefresh("NEW.id")),
    trigger("after_event_update", "events", `AFTER UPDATE OF earliest, latest, status, importance, deleted_at ON "events"`, sqliteRefresh("NEW.id")),
    trigger("after_event_delete", "events", `AFTER DELETE ON "events"`, "    DELETE FROM event_link_days WHERE event_id = OLD.id;"),
  ];
  for (const { dim, table } of LINKS) {
    triggers.push(
      trigger(`after_${dim}_insert`, table, `AFTER INSERT ON "${table}"`, sqliteRefresh("NEW.event_id")),
      // A link moved to another event rewrites both events.
      trigger(`after_${dim}_update`, table, `AFTER UPDATE ON "${table}"`, `${sqliteRefresh("OLD.event_id")}\n${sqliteRefresh("NEW.event_id")}`),
      trigger(`after_${dim}_delete`, table, `AFTER DELETE ON "${table}"`, sqliteRefresh("OLD.event_id")),
    );
  }
  return triggers;
}

/** PostgreSQL: one function rewrites the rows of a set of events; statement triggers collect the events a statement touched. */
function postgresObjects(): TriggerObject[] {
  const changed = "(o.earliest, o.latest, o.status, o.importance, o.deleted_at) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at)";
  const { refresh, onLinkChange: onLink } = postgresEventRefresh("event_counts_days", `    DELETE FROM event_link_days WHERE event_id = ANY(ids);
    INSERT INTO event_link_days (${LINK_DAY_COLUMNS})
    ${linkDayRowsSql("postgres", "e.id = ANY(ids)", false)};`);
  const onEvent: TriggerObject = {
    kind: "function",
    name: "event_counts_days_on_event_change",
    args: "",
    sql: `CREATE FUNCTION event_counts_days_on_event_change() RETURNS trigger LANGUAGE plpgsql AS ${plpgsql(`BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM event_counts_days_refresh(ARRAY(SELECT id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM event_link_days WHERE event_id IN (SELECT id FROM old_rows);
    ELSE
        PERFORM event_counts_days_refresh(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${changed}));
    END IF;
    RETURN NULL;
END`)};`,
  };
  const triggers = OPS.map((op) => postgresStatementTrigger(`event_counts_days_after_event_${op.toLowerCase()}`, "events", op, "event_counts_days_on_event_change"));
  for (const { dim, table } of LINKS) {
    for (const op of OPS) triggers.push(postgresStatementTrigger(`event_counts_days_after_${dim}_${op.toLowerCase()}`, table, op, "event_counts_days_on_link_change"));
  }
  return [refresh, onEvent, onLink, ...triggers];
}

export const eventLinkDaysTriggers: TriggerSet = {
  name: "event_link_days",
  source: "lib/db/triggers/event-link-days.ts",
  sqlite: sqliteObjects,
  postgres: postgresObjects,
};
