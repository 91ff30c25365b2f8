import type Database from "better-sqlite3";
import { DERIVED_TRIGGERS_SQL, derivedTriggersSwitchSql, eventsDerivedRowsSql, type InstalledTrigger } from "./events-derived-rows-sql";

/**
 * Deleting events outright in bulk, with everything they own: the derived tables' triggers off and their rows taken
 * away set-based, as an import adds them. Through the triggers, 100,000 events take minutes at a million. For the
 * bench's clean-up and the tests; the app never deletes in bulk. `where` selects the events (a condition on events'
 * columns).
 */
function deleteSql(dialect: "sqlite" | "postgres", where: string, installed: readonly InstalledTrigger[]): { before: string[]; delete: string; after: string[] } {
  const triggers = derivedTriggersSwitchSql(dialect, installed);
  return { before: [...triggers.off, ...eventsDerivedRowsSql(dialect, where, "remove")], delete: `DELETE FROM events WHERE ${where}`, after: triggers.on };
}

/** PostgreSQL: the statements, to run in order inside one transaction (the switch is SET LOCAL). */
export function deleteEventsInBulkPostgresSql(where: string): string[] {
  const { before, delete: remove, after } = deleteSql("postgres", where, []);
  return [...before, remove, ...after];
}

/** SQLite, on a connection of its own with foreign keys on, in one transaction. Returns how many events went. */
export function deleteEventsInBulkSqlite(sqlite: Database.Database, where: string): number {
  if (!sqlite.pragma("foreign_keys", { simple: true })) throw new Error("deleteEventsInBulk needs PRAGMA foreign_keys = ON: the events' links and sources go with them.");
  return sqlite.transaction(() => {
    const { before, delete: remove, after } = deleteSql("sqlite", where, sqlite.prepare(DERIVED_TRIGGERS_SQL).all() as InstalledTrigger[]);
    for (const statement of before) sqlite.exec(statement);
    const { changes } = sqlite.prepare(remove).run();
    for (const statement of after) sqlite.exec(statement);
    return changes;
  }).immediate();
}
