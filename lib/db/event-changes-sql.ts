/**
 * The event_changes row that tells every reader of the change log (lib/queries/matrix) to reload everything: written
 * by whatever changes events with the event_changes_* triggers switched off (the bulk loaders), after it commits.
 */
export const RELOAD_EVERYTHING_SQL = "INSERT INTO event_changes (event_id) VALUES (NULL)";
