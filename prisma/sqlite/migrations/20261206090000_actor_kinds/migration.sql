-- The actor-kind facet: the kinds as a table (a model in prisma/models.prisma), and event_actor_kinds, which kinds
-- each event involves through its actors, derived by triggers (lib/db/triggers/event-actor-kinds.ts) like the count
-- tables, so that filtering, lanes and counts by kind read one row per event and kind.

-- CreateTable
CREATE TABLE "actor_kinds" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- The kinds, as lib/domain/event-vocabulary.ts names them (an integration test keeps the two equal).
INSERT INTO "actor_kinds" ("kind", "name") VALUES
    ('person', 'Person'),
    ('government', 'Government'),
    ('central_bank', 'Central bank'),
    ('company', 'Company'),
    ('international_body', 'International body'),
    ('organisation', 'Organisation'),
    ('other', 'Other');

CREATE TABLE "event_actor_kinds" (
    "event_id" INTEGER NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    "kind" TEXT NOT NULL,
    PRIMARY KEY ("event_id", "kind")
) WITHOUT ROWID;

CREATE INDEX "event_actor_kinds_kind_event_id_idx" ON "event_actor_kinds" ("kind", "event_id");

INSERT INTO "event_actor_kinds" ("event_id", "kind")
SELECT DISTINCT ea.event_id, a.kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id;
