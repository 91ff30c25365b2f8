-- CreateTable
CREATE TABLE "editing_presence" (
    "event_id" INTEGER NOT NULL,
    "user_id" TEXT NOT NULL,
    "session_key" TEXT NOT NULL,
    "started_at" DATETIME NOT NULL,
    "seen_at" DATETIME NOT NULL,

    PRIMARY KEY ("event_id", "user_id", "session_key"),
    CONSTRAINT "editing_presence_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "editing_presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "editing_presence_event_id_seen_at_idx" ON "editing_presence"("event_id", "seen_at");

