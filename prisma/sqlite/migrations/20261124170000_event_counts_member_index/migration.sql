-- Readers ask for one member's rows over hundreds of periods (an entity's months, a timeline lane's density).
-- The primary key puts member last, so those reads walked every member's rows of each period (an actor's
-- months at 1M: 20 ms). Led by member, each is one contiguous range. Unlike PostgreSQL's (same name), the
-- index is not partial: SQLite uses a partial index only when the query repeats its condition literally,
-- and the readers bind dim as a parameter.

-- CreateIndex
CREATE INDEX "event_counts_member_period_idx" ON "event_counts" ("edge", "dim", "status", "grain", "member", "period");
