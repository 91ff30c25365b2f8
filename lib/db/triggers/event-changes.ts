/**
 * The triggers that write event_changes (migration 20261206120000_event_changes): one row per statement and event whose
 * row or links changed, in commit-ish order (`seq`). Readers that keep a copy of the events outside the database (the
 * event matrix, lib/queries/matrix) read the rows after the last one they saw and reload those events, so every app
 * instance on one database sees every write, whichever instance made it. A row with a null event_id says "anything
 * may have changed" (a bulk load, which switches these triggers off): readers then reload everything.
 *
 * Named event_changes_*: the bulk loaders switch them off with the count triggers and write that null row at the end
 * (rebuildEventCountsSql).
 */
import { postgresStatementTrigger, postgresTriggerFunction, sqliteTrigger, type TriggerObject, type TriggerSet } from "./trigger-sql";

/** Every table whose rows say something the event matrix holds, with the column naming the event. */
export const CHANGE_SOURCES = [
  { table: "events", event: "id" },
  { table: "event_topics", event: "event_id" },
  { table: "event_actors", event: "event_id" },
  { table: "event_countries", event: "event_id" },
  { table: "event_actor_kinds", event: "event_id" },
] as const;

const OPS = ["INSERT", "UPDATE", "DELETE"] as const;

function sqliteObjects(): TriggerObject[] {
  return CHANGE_SOURCES.flatMap(({ table, event }) =>
    OPS.map((op) => {
      const name = `event_changes_after_${table}_${op.toLowerCase()}`;
      const rows = op === "INSERT" ? [`NEW.${event}`] : op === "DELETE" ? [`OLD.${event}`] : [`OLD.${event}`, `NEW.${event}`];
      // An update that keeps the event logs it once.
      const values = rows.length === 2 ? `SELECT OLD.${event} UNION SELECT NEW.${event}` : `VALUES (${rows[0]})`;
      return sqliteTrigger(name, table, `CREATE TRIGGER "${name}" AFTER ${op} ON "${table}"\nBEGIN\n    INSERT INTO event_changes (event_id) ${values};\nEND;`);
    }),
  );
}

/** PostgreSQL: statement triggers log each event a statement touched once. */
function postgresObjects(): TriggerObject[] {
  const functions = (["id", "event_id"] as const).map((column) =>
    postgresTriggerFunction(`event_changes_log_${column}`, `BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO event_changes (event_id) SELECT DISTINCT ${column} FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO event_changes (event_id) SELECT DISTINCT ${column} FROM old_rows;
    ELSE
        INSERT INTO event_changes (event_id) SELECT ${column} FROM new_rows UNION SELECT ${column} FROM old_rows;
    END IF;
    RETURN NULL;
END`),
  );
  const triggers = CHANGE_SOURCES.flatMap(({ table, event }) =>
    OPS.map((op) => postgresStatementTrigger(`event_changes_after_${table}_${op.toLowerCase()}`, table, op, `event_changes_log_${event}`)),
  );
  return [...functions, ...triggers];
}

export const eventChangesTriggers: TriggerSet = {
  name: "event_changes",
  source: "lib/db/triggers/event-changes.ts",
  sqlite: sqliteObjects,
  postgres: postgresObjects,
};
