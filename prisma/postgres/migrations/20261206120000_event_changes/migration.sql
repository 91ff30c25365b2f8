-- event_changes: which events changed, written by triggers (lib/db/triggers/event-changes.ts, created by the generated
-- trigger migration that follows). Readers that keep the events in memory (lib/queries/matrix) reload the events
-- named after the last seq they saw. A null event_id means "reload everything" (written after a bulk load, which
-- switches the triggers off). On PostgreSQL a lower seq can commit after a higher one, so each row keeps its
-- transaction id: a reader also rereads the rows of every transaction that was still running at its last read.
CREATE TABLE "event_changes" (
    "seq" BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "event_id" INTEGER,
    "txid" xid8 NOT NULL DEFAULT pg_current_xact_id()
);

CREATE INDEX "event_changes_txid_idx" ON "event_changes" ("txid");
