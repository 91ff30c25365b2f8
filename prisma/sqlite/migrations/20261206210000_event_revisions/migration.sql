-- event_revisions: every change to an event with the event's whole state after it (lib/actions/events/write-revision.ts).
-- CreateTable
CREATE TABLE "event_revisions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "event_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "restored_from" INTEGER,
    "author_id" TEXT,
    "state" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "event_revisions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "event_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "event_revisions_author_id_created_at_idx" ON "event_revisions"("author_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_revisions_event_id_version_key" ON "event_revisions"("event_id", "version");

