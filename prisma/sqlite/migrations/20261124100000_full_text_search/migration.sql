-- Full-text search (lib/queries/search). Kept outside the Prisma models: an FTS5 table whose rowid is the
-- event id, one column per searched field, maintained by the triggers below, never by application code.
-- unicode61 with remove_diacritics 2 makes matching case- and accent-insensitive ("Elysee" = "Élysée");
-- the PostgreSQL migration of the same name folds and tokenizes the same way.
CREATE VIRTUAL TABLE "event_search" USING fts5(
    title, summary, sources, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);

INSERT INTO "event_search" (rowid, title, summary, sources, body)
SELECT e.id, e.title, e.summary,
       COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = e.id), ''),
       e.body
FROM "events" e;

CREATE TRIGGER "event_search_after_event_insert" AFTER INSERT ON "events" BEGIN
    INSERT INTO "event_search" (rowid, title, summary, sources, body)
    VALUES (new.id, new.title, new.summary,
            COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = new.id), ''),
            new.body);
END;

CREATE TRIGGER "event_search_after_event_update" AFTER UPDATE OF id, title, summary, body ON "events" BEGIN
    DELETE FROM "event_search" WHERE rowid = old.id;
    INSERT INTO "event_search" (rowid, title, summary, sources, body)
    VALUES (new.id, new.title, new.summary,
            COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = new.id), ''),
            new.body);
END;

CREATE TRIGGER "event_search_after_event_delete" AFTER DELETE ON "events" BEGIN
    DELETE FROM "event_search" WHERE rowid = old.id;
END;

CREATE TRIGGER "event_search_after_source_insert" AFTER INSERT ON "sources" BEGIN
    UPDATE "event_search"
    SET sources = COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = new.event_id), '')
    WHERE rowid = new.event_id;
END;

CREATE TRIGGER "event_search_after_source_update" AFTER UPDATE OF event_id, title ON "sources" BEGIN
    UPDATE "event_search"
    SET sources = COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = old.event_id), '')
    WHERE rowid = old.event_id;
    UPDATE "event_search"
    SET sources = COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = new.event_id), '')
    WHERE rowid = new.event_id;
END;

CREATE TRIGGER "event_search_after_source_delete" AFTER DELETE ON "sources" BEGIN
    UPDATE "event_search"
    SET sources = COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = old.event_id), '')
    WHERE rowid = old.event_id;
END;
