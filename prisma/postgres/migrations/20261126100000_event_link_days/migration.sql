-- event_link_days: one row per link of a non-deleted event (a topic, an actor or a country), keyed by the
-- link (dim, member as event_pair_counts spells it), the status of the event and its first UTC day, with its last day
-- (the day before the exclusive latest), its importance and every link of the event packed (topics, actors,
-- countries). Unknown starts have first day -100000000, ongoing ends last day 100000000, as event_counts.
-- The count tables hold months and years. Days (week buckets, the partial months at the ends of a window) were
-- counted from the events, probing each for the link of the filter and then for its lanes. The starts of one member are
-- now a range of its own rows with their lanes in the row (lib/queries/counts/live-edge-sql.ts).
-- The triggers rewrite the rows of an event whenever its bounds, status, importance, deletion or links change. Bulk
-- loaders switch them off (event_counts_*) and refill with lib/db/event-link-days-sql.ts, whose text this is
-- (scripts/print-event-link-days-sql.ts, and a unit test keeps the two identical).

CREATE TABLE "event_link_days" (
    "dim" TEXT NOT NULL,
    "member" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "first_day" INTEGER NOT NULL,
    "event_id" INTEGER NOT NULL,
    "last_day" INTEGER NOT NULL,
    "importance" INTEGER NOT NULL,
    "topics" TEXT[] NOT NULL,
    "actors" TEXT[] NOT NULL,
    "countries" TEXT[] NOT NULL
);

INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS last_day, ARRAY(SELECT topic_id::text FROM event_topics WHERE event_id = e.id) AS topics, ARRAY(SELECT actor_id::text FROM event_actors WHERE event_id = e.id) AS actors, ARRAY(SELECT country_code::text FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND 1 = 1) ev JOIN (SELECT event_id, 'topic' AS dim, topic_id::text AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, actor_id::text AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, country_code::text AS member FROM event_countries) l ON l.event_id = ev.id
    ORDER BY 1, 2, 3, 4, 5;

-- Filled in key order, so that the rows of one member and status lie together in the heap too.
ALTER TABLE "event_link_days" ADD CONSTRAINT "event_link_days_pkey" PRIMARY KEY ("dim", "member", "status", "first_day", "event_id");
-- Ends by day (the overlap count at the start of a window), and the rows of one event, for the triggers.
CREATE INDEX "event_link_days_last_day_idx" ON "event_link_days"("dim", "member", "status", "last_day");
CREATE INDEX "event_link_days_event_id_idx" ON "event_link_days"("event_id");

CREATE FUNCTION event_counts_days_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
    DELETE FROM event_link_days WHERE event_id = ANY(ids)\073
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS last_day, ARRAY(SELECT topic_id::text FROM event_topics WHERE event_id = e.id) AS topics, ARRAY(SELECT actor_id::text FROM event_actors WHERE event_id = e.id) AS actors, ARRAY(SELECT country_code::text FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = ANY(ids)) ev JOIN (SELECT event_id, ''topic'' AS dim, topic_id::text AS member FROM event_topics UNION ALL SELECT event_id, ''actor'' AS dim, actor_id::text AS member FROM event_actors UNION ALL SELECT event_id, ''country'' AS dim, country_code::text AS member FROM event_countries) l ON l.event_id = ev.id\073
END';

CREATE FUNCTION event_counts_days_on_event_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_days_refresh(ARRAY(SELECT id FROM new_rows))\073
    ELSIF TG_OP = ''DELETE'' THEN
        DELETE FROM event_link_days WHERE event_id IN (SELECT id FROM old_rows)\073
    ELSE
        PERFORM event_counts_days_refresh(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (o.earliest, o.latest, o.status, o.importance, o.deleted_at) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at)))\073
    END IF\073
    RETURN NULL\073
END';

CREATE FUNCTION event_counts_days_on_link_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_days_refresh(ARRAY(SELECT DISTINCT event_id FROM new_rows))\073
    ELSIF TG_OP = ''DELETE'' THEN
        PERFORM event_counts_days_refresh(ARRAY(SELECT DISTINCT event_id FROM old_rows))\073
    ELSE
        PERFORM event_counts_days_refresh(ARRAY(SELECT event_id FROM new_rows UNION SELECT event_id FROM old_rows))\073
    END IF\073
    RETURN NULL\073
END';

CREATE TRIGGER "event_counts_days_after_event_insert" AFTER INSERT ON "events"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_event_change();

CREATE TRIGGER "event_counts_days_after_event_update" AFTER UPDATE ON "events"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_event_change();

CREATE TRIGGER "event_counts_days_after_event_delete" AFTER DELETE ON "events"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_event_change();

CREATE TRIGGER "event_counts_days_after_topic_insert" AFTER INSERT ON "event_topics"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();

CREATE TRIGGER "event_counts_days_after_topic_update" AFTER UPDATE ON "event_topics"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();

CREATE TRIGGER "event_counts_days_after_topic_delete" AFTER DELETE ON "event_topics"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();

CREATE TRIGGER "event_counts_days_after_actor_insert" AFTER INSERT ON "event_actors"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();

CREATE TRIGGER "event_counts_days_after_actor_update" AFTER UPDATE ON "event_actors"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();

CREATE TRIGGER "event_counts_days_after_actor_delete" AFTER DELETE ON "event_actors"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();

CREATE TRIGGER "event_counts_days_after_country_insert" AFTER INSERT ON "event_countries"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();

CREATE TRIGGER "event_counts_days_after_country_update" AFTER UPDATE ON "event_countries"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();

CREATE TRIGGER "event_counts_days_after_country_delete" AFTER DELETE ON "event_countries"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_days_on_link_change();
