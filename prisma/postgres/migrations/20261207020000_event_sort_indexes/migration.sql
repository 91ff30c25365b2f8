-- CreateIndex
CREATE INDEX "events_updated_at_id_idx" ON "events"("updated_at", "id");

-- CreateIndex
CREATE INDEX "events_title_id_idx" ON "events"("title", "id");

