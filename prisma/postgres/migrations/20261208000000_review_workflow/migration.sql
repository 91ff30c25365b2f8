-- CreateTable
CREATE TABLE "pending_changes" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "base_version" INTEGER NOT NULL,
    "author_id" TEXT,
    "values" TEXT NOT NULL,
    "reason" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "reviewer_id" TEXT,
    "comment" TEXT,
    "decided_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pending_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pending_changes_state_created_at_idx" ON "pending_changes"("state", "created_at");

-- CreateIndex
CREATE INDEX "pending_changes_event_id_state_idx" ON "pending_changes"("event_id", "state");

-- AddForeignKey
ALTER TABLE "pending_changes" ADD CONSTRAINT "pending_changes_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pending_changes" ADD CONSTRAINT "pending_changes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pending_changes" ADD CONSTRAINT "pending_changes_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

