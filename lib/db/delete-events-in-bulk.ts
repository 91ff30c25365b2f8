import type Database from "better-sqlite3";
import { BULK_SWITCH_SQL, DERIVED_TRIGGERS_SQL, eventsDerivedRowsSql } from "./events-derived-rows-sql";

/**
 * PostgreSQL's statements for the same, to run in order inside one transaction (the switch is SET LOCAL): the
 * derived rows taken away, then the DELETE, with the derived triggers standing down throughout.
 */
export function deleteEventsInBulkPostgresSql(where: string): string[] {
  return [BULK_SWITCH_SQL.on, ...eventsDerivedRowsSql("postgres", where, "remove"), `DELETE FROM events WHERE ${where}`, BULK_SWITCH_SQL.off];
}

/**
 * Deletes outright, on a SQLite connection of its own, the events `where` selects (a condition on events' columns)
 * with everything they own, in one transaction: the derived tables' row triggers off and their rows taken away
 * set-based, as an import adds them. Through the triggers, 100,000 events take minutes at a million. For the bench's
 * clean-up and scripts; the app never deletes in bulk. Returns how many events went.
 */
export function deleteEventsInBulkSqlite(sqlite: Database.Database, where: string): number {
  if (!sqlite.pragma("foreign_keys", { simple: true })) throw new Error("deleteEventsInBulk needs PRAGMA foreign_keys = ON: the events' links and sources go with them.");
  return sqlite.transaction(() => {
    const triggers = sqlite.prepare(DERIVED_TRIGGERS_SQL).all() as { name: string; sql: string }[];
    for (const { name } of triggers) sqlite.exec(`DROP TRIGGER "${name}"`);
    for (const statement of eventsDerivedRowsSql("sqlite", where, "remove")) sqlite.exec(statement);
    const { changes } = sqlite.prepare(`DELETE FROM events WHERE ${where}`).run();
    for (const { sql } of triggers) sqlite.exec(sql);
    return changes;
  }).immediate();
}
