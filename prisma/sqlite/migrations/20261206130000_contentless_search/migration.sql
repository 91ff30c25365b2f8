-- The search index without a second copy of every document. event_search was an FTS5 table that stored each
-- event's title, summary, source titles and body in its shadow table event_search_content (about 0.86 GB of 5 GB
-- at a million events), and nothing reads them back: searches use only MATCH, the rowid (the event id), column
-- filters and the fts5vocab table, and snippets are cut from the events' own texts (lib/queries/search).
-- It becomes contentless (content set to the empty string, so no event_search_content), with contentless_delete
-- so that a row can still be deleted by rowid. Columns, tokenizer and prefix index are those of
-- 20261124100000_full_text_search. A contentless table cannot update some of a row's columns, so the triggers
-- (lib/db/triggers/search.ts, recreated by the next migration) delete an event's row and write it again whole.

-- The vocabulary table reads event_search and the triggers write it: both go while it is rebuilt.
DROP TABLE IF EXISTS "event_search_vocab";
DROP TRIGGER IF EXISTS "event_search_after_event_insert";
DROP TRIGGER IF EXISTS "event_search_after_event_update";
DROP TRIGGER IF EXISTS "event_search_after_event_delete";
DROP TRIGGER IF EXISTS "event_search_after_source_insert";
DROP TRIGGER IF EXISTS "event_search_after_source_update";
DROP TRIGGER IF EXISTS "event_search_after_source_delete";
DROP TABLE "event_search";

CREATE VIRTUAL TABLE "event_search" USING fts5(
    title, summary, sources, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3',
    content = '',
    contentless_delete = 1
);

INSERT INTO "event_search" (rowid, title, summary, sources, body)
SELECT e.id, e.title, e.summary,
       COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = e.id), ''),
       e.body
FROM "events" e;

-- As 20261127100000_event_search_vocab made it: the tokens of event_search, read to spell a prefix out.
CREATE VIRTUAL TABLE "event_search_vocab" USING fts5vocab("event_search", 'row');
