import type { CountsDialect } from "./count-period-sql";

/**
 * Tables that the migrations create in raw SQL and prisma/models.prisma leaves out: the search index, the count
 * tables and event_actor_kinds. Prisma cannot describe them (an FTS5 virtual table and its shadow tables, a tsvector with a GIN index,
 * WITHOUT ROWID tables), the Prisma client never reads them (lib/queries reads them through readSql), and triggers
 * write them (lib/db/triggers). Prisma's schema engine must treat them as someone else's: the drift check
 * (lib/db/prisma-drift.config.ts) declares them external, so it compares everything else, and a raw table missing
 * from this list shows up there as a difference.
 */
export const RAW_SQL_TABLES: Record<CountsDialect, readonly string[]> = {
  sqlite: [
    "event_search",
    // FTS5 keeps its index in these, named after the virtual table (contentless: no event_search_content).
    "event_search_config",
    "event_search_data",
    "event_search_docsize",
    "event_search_idx",
    "event_search_vocab",
    "event_counts",
    "event_pair_counts",
    "event_link_days",
    "event_actor_kinds",
    "event_changes",
  ],
  postgres: ["event_search", "event_search_fields", "event_counts", "event_pair_counts", "event_link_days", "event_actor_kinds", "event_changes"],
};
