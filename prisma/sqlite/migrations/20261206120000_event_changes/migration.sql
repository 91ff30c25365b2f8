-- event_changes: which events changed, in the order the writes committed (seq), written by triggers
-- (lib/db/triggers/event-changes.ts, created by the generated trigger migration that follows). Readers that keep the
-- events in memory (lib/queries/matrix) reload the events named after the last seq they saw. A null event_id means
-- "reload everything" (written after a bulk load, which switches the triggers off). SQLite runs one writer at a time,
-- so seq order is commit order.
CREATE TABLE "event_changes" (
    "seq" INTEGER PRIMARY KEY AUTOINCREMENT,
    "event_id" INTEGER
);
