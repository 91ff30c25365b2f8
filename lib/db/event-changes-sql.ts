/**
 * What a bulk load writes to event_changes once it has committed (it runs with the event_changes_* triggers off, and
 * its rebuild of the derived tables may still fire them): every earlier row is forgotten, since the row after them
 * tells every reader of the change log (lib/queries/matrix) to reload everything.
 */
export const RELOAD_EVERYTHING_SQL: readonly string[] = ["DELETE FROM event_changes", "INSERT INTO event_changes (event_id) VALUES (NULL)"];
