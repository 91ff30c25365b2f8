-- Covering indexes for what readers see (status = 'published', deleted_at IS NULL) by date: counts, period
-- filters and timeline windows read these narrow indexes instead of the wide event rows (measured in BENCHMARKS.md).
-- The first serves "starts before the end" ranges, the second "ends after the start" ranges.

-- CreateIndex
CREATE INDEX "events_status_deleted_at_earliest_latest_importance_idx" ON "events"("status", "deleted_at", "earliest", "latest", "importance");

-- CreateIndex
CREATE INDEX "events_status_deleted_at_latest_earliest_importance_idx" ON "events"("status", "deleted_at", "latest", "earliest", "importance");
