-- Timeline windows select by overlap (earliest < end AND latest > start) and then read only status,
-- deleted_at and importance: covering indexes led by either bound make those scans index-only.
-- CreateIndex
CREATE INDEX "events_latest_earliest_status_deleted_at_importance_idx" ON "events"("latest", "earliest", "status", "deleted_at", "importance");

-- CreateIndex
CREATE INDEX "events_earliest_latest_status_deleted_at_importance_idx" ON "events"("earliest", "latest", "status", "deleted_at", "importance");
