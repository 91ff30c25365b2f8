-- CreateTable
CREATE TABLE "editing_presence" (
    "event_id" INTEGER NOT NULL,
    "user_id" TEXT NOT NULL,
    "session_key" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "seen_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "editing_presence_pkey" PRIMARY KEY ("event_id","user_id","session_key")
);

-- CreateIndex
CREATE INDEX "editing_presence_event_id_seen_at_idx" ON "editing_presence"("event_id", "seen_at");

-- AddForeignKey
ALTER TABLE "editing_presence" ADD CONSTRAINT "editing_presence_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editing_presence" ADD CONSTRAINT "editing_presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

