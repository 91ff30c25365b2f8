-- Most events have no parent. SQLite's statistics count the NULLs of events_parent_id_idx as one value shared by
-- (nearly) every row, so after ANALYZE the planner expects `parent_id = ?` to match the whole table and scans it:
-- every event page's children lookup and every delete (the foreign key's ON DELETE SET NULL) read a million index
-- entries at a million events. This index holds only the events that have a parent, so its statistics are of those
-- alone, and `parent_id = ?` implies its condition: the planner takes it. The plain index stays because Prisma 6
-- cannot describe a partial one (prisma/models.prisma keeps @@index([parentId]); the drift check ignores this one).
CREATE INDEX "events_children_idx" ON "events"("parent_id") WHERE "parent_id" IS NOT NULL;
