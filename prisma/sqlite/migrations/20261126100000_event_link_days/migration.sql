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

-- WITHOUT ROWID: the rows of one member and status, by first day, are one contiguous read of the key b-tree.
CREATE TABLE "event_link_days" (
    "dim" TEXT NOT NULL,
    "member" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "first_day" INTEGER NOT NULL,
    "event_id" INTEGER NOT NULL,
    "last_day" INTEGER NOT NULL,
    "importance" INTEGER NOT NULL,
    "topics" TEXT NOT NULL,
    "actors" TEXT NOT NULL,
    "countries" TEXT NOT NULL,
    PRIMARY KEY ("dim", "member", "status", "first_day", "event_id")
) WITHOUT ROWID;

INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND 1 = 1) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id
    ORDER BY 1, 2, 3, 4, 5;


-- Ends by day (the overlap count at the start of a window), and the rows of one event, for the triggers.
CREATE INDEX "event_link_days_last_day_idx" ON "event_link_days"("dim", "member", "status", "last_day");
CREATE INDEX "event_link_days_event_id_idx" ON "event_link_days"("event_id");

CREATE TRIGGER "event_counts_days_after_event_insert" AFTER INSERT ON "events"
BEGIN
    DELETE FROM event_link_days WHERE event_id = NEW.id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = NEW.id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_event_update" AFTER UPDATE OF earliest, latest, status, importance, deleted_at ON "events"
BEGIN
    DELETE FROM event_link_days WHERE event_id = NEW.id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = NEW.id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_event_delete" AFTER DELETE ON "events"
BEGIN
    DELETE FROM event_link_days WHERE event_id = OLD.id;
END;

CREATE TRIGGER "event_counts_days_after_topic_insert" AFTER INSERT ON "event_topics"
BEGIN
    DELETE FROM event_link_days WHERE event_id = NEW.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = NEW.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_topic_update" AFTER UPDATE ON "event_topics"
BEGIN
    DELETE FROM event_link_days WHERE event_id = OLD.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = OLD.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
    DELETE FROM event_link_days WHERE event_id = NEW.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = NEW.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_topic_delete" AFTER DELETE ON "event_topics"
BEGIN
    DELETE FROM event_link_days WHERE event_id = OLD.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = OLD.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_actor_insert" AFTER INSERT ON "event_actors"
BEGIN
    DELETE FROM event_link_days WHERE event_id = NEW.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = NEW.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_actor_update" AFTER UPDATE ON "event_actors"
BEGIN
    DELETE FROM event_link_days WHERE event_id = OLD.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = OLD.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
    DELETE FROM event_link_days WHERE event_id = NEW.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = NEW.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_actor_delete" AFTER DELETE ON "event_actors"
BEGIN
    DELETE FROM event_link_days WHERE event_id = OLD.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = OLD.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_country_insert" AFTER INSERT ON "event_countries"
BEGIN
    DELETE FROM event_link_days WHERE event_id = NEW.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = NEW.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_country_update" AFTER UPDATE ON "event_countries"
BEGIN
    DELETE FROM event_link_days WHERE event_id = OLD.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = OLD.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
    DELETE FROM event_link_days WHERE event_id = NEW.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = NEW.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;

CREATE TRIGGER "event_counts_days_after_country_delete" AFTER DELETE ON "event_countries"
BEGIN
    DELETE FROM event_link_days WHERE event_id = OLD.event_id;
    INSERT INTO event_link_days (dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries)
    SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS first_day, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS last_day, (SELECT json_group_array(CAST(topic_id AS TEXT)) FROM event_topics WHERE event_id = e.id) AS topics, (SELECT json_group_array(CAST(actor_id AS TEXT)) FROM event_actors WHERE event_id = e.id) AS actors, (SELECT json_group_array(CAST(country_code AS TEXT)) FROM event_countries WHERE event_id = e.id) AS countries
    FROM events e WHERE e.deleted_at IS NULL AND e.id = OLD.event_id) ev JOIN (SELECT event_id, 'topic' AS dim, CAST(topic_id AS TEXT) AS member FROM event_topics UNION ALL SELECT event_id, 'actor' AS dim, CAST(actor_id AS TEXT) AS member FROM event_actors UNION ALL SELECT event_id, 'country' AS dim, CAST(country_code AS TEXT) AS member FROM event_countries) l ON l.event_id = ev.id;
END;
