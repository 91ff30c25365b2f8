-- Density reads (lib/queries/counts/count-sql.ts) ask for a dozen lanes' rows over hundreds of periods. The
-- primary key puts member last, so PostgreSQL 15 walks the whole period range once per member asked for
-- (the whole-history timeline window at 1M: 5,085 buffers, 40–55 ms for one statement). Led by member, each
-- lane is one contiguous range, and the counts it includes make it an index-only scan (112 buffers, 4 ms).
-- Only the dimensions with many members: 'all' has one, and 'topicset' has its own index.

-- CreateIndex
CREATE INDEX "event_counts_member_period_idx" ON "event_counts" ("edge", "dim", "status", "grain", "member", "period")
    INCLUDE ("n1", "n2", "n3", "n4", "n5") WHERE "dim" IN ('topic', 'actor', 'country');
