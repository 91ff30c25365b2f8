-- The tokens of event_search, read (never written) to spell a prefix term out as the tokens it begins
-- (lib/queries/search/rank-buckets.ts). An fts5vocab table stores nothing: it reads event_search's index.
CREATE VIRTUAL TABLE "event_search_vocab" USING fts5vocab("event_search", 'row');
