-- Most events are typed in, not imported: their external_id and import_batch_id are NULL. SQLite's statistics count
-- those NULLs as one value shared by (nearly) every row, as they did for parent_id (20261209000000_partial_parent_index),
-- so after ANALYZE the planner expected `external_id IN (…)` and `import_batch_id = ?` to match the whole table: an
-- import's lookup of a chunk's external ids scanned a million events (0.7 s a chunk of 5,000 rows, 10 s of a
-- 100,000-row import), and a batch's events (its filter, its undo) read the whole batch index. These hold only the
-- events that have one, so their statistics are of those alone, and both conditions imply theirs: the planner takes
-- them (2 ms for the same lookup). The plain indexes stay: Prisma 6 cannot describe a partial one
-- (prisma/models.prisma keeps @unique externalId and @@index([importBatchId]); the drift check ignores these).
CREATE INDEX "events_with_external_id_idx" ON "events"("external_id") WHERE "external_id" IS NOT NULL;
CREATE INDEX "events_with_import_batch_idx" ON "events"("import_batch_id") WHERE "import_batch_id" IS NOT NULL;
