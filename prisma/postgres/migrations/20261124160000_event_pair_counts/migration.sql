-- Pre-aggregated counts of pairs, for the entity pages (a topic, an actor, a country): their headline distinct
-- counts, events by country, top actors and activity by topic, without a GROUP BY over the entity's events
-- (lib/queries/counts/pair-*.ts). Kept outside the Prisma models. For each non-deleted event, with A its links
-- ('topic', topic id as text), ('actor', actor id as text), ('country', code) and T its topic members (its topic
-- ids, ('topic', '_none') without topics, ('topicset', ',3,17,40,') with topics, event_counts' format, and
-- ('end', 'ongoing') when it is ongoing, so that an entity's unknown starts that are ongoing need no scan):
-- - grain 3 (all time, period 0): for every a and every b in A (a itself included: the entity's own event count),
--   one in n<importance> of (a.dim, a.member, b.dim, 3, b.member, 0, status)
-- - grains 1 (UTC month, year * 12 + month - 1) and 2 (UTC year): for every a in A and every b in T, one in
--   (a.dim, a.member, b.dim, grain, b.member, period of earliest, status), at event_counts' edge 0 periods (the
--   day of earliest, unknown starts in -100000000).
-- Events without links count nowhere. The triggers below keep it exact, never application code. Rows may fall
-- to zero and stay, readers sum. Bulk loaders switch the triggers off (their names start with event_counts_) and
-- rebuild with lib/db/event-pair-counts-sql.ts (through rebuildEventCountsSql), whose statements fill it here.

CREATE TABLE "event_pair_counts" (
    "dim" TEXT NOT NULL,
    "member" TEXT NOT NULL,
    "dim2" TEXT NOT NULL,
    "grain" INTEGER NOT NULL,
    "member2" TEXT NOT NULL,
    "period" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "n1" INTEGER NOT NULL DEFAULT 0,
    "n2" INTEGER NOT NULL DEFAULT 0,
    "n3" INTEGER NOT NULL DEFAULT 0,
    "n4" INTEGER NOT NULL DEFAULT 0,
    "n5" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("dim", "member", "dim2", "grain", "member2", "period", "status")
);

WITH ev AS MATERIALIZED (
SELECT id, status, importance, CASE WHEN d IN (-100000000, 100000000) THEN d ELSE (CASE WHEN d < -719162 THEN (extract(year FROM DATE '1970-01-01' + (d + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (d + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + d) * 100 + extract(month FROM DATE '1970-01-01' + d))::integer END) / 100 * 12 + (CASE WHEN d < -719162 THEN (extract(year FROM DATE '1970-01-01' + (d + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (d + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + d) * 100 + extract(month FROM DATE '1970-01-01' + d))::integer END) % 100 - 1 END AS period, topicset, ongoing FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS d, CASE WHEN e.latest >= 8.64e15 THEN 1 ELSE 0 END AS ongoing, (SELECT ',' || string_agg(t.topic_id::text, ',' ORDER BY t.topic_id) || ',' FROM event_topics t WHERE t.event_id = e.id) AS topicset FROM events e WHERE e.deleted_at IS NULL) d
)
INSERT INTO event_pair_counts (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
SELECT u.dim, u.member, u.dim2, 1, u.member2, u.period, u.status, count(*) FILTER (WHERE u.importance = 1), count(*) FILTER (WHERE u.importance = 2), count(*) FILTER (WHERE u.importance = 3), count(*) FILTER (WHERE u.importance = 4), count(*) FILTER (WHERE u.importance = 5)
FROM (
SELECT e.status, e.importance, e.period, 'topic' AS dim, a.topic_id::text AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_topics a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, e.period, 'topic' AS dim, a.topic_id::text AS member, 'topic', '_none' FROM ev e JOIN event_topics a ON a.event_id = e.id WHERE e.topicset IS NULL
UNION ALL
SELECT e.status, e.importance, e.period, 'topic' AS dim, a.topic_id::text AS member, 'topicset', e.topicset FROM ev e JOIN event_topics a ON a.event_id = e.id WHERE e.topicset IS NOT NULL
UNION ALL
SELECT e.status, e.importance, e.period, 'topic' AS dim, a.topic_id::text AS member, 'end', 'ongoing' FROM ev e JOIN event_topics a ON a.event_id = e.id WHERE e.ongoing = 1
UNION ALL
SELECT e.status, e.importance, e.period, 'actor' AS dim, a.actor_id::text AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_actors a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, e.period, 'actor' AS dim, a.actor_id::text AS member, 'topic', '_none' FROM ev e JOIN event_actors a ON a.event_id = e.id WHERE e.topicset IS NULL
UNION ALL
SELECT e.status, e.importance, e.period, 'actor' AS dim, a.actor_id::text AS member, 'topicset', e.topicset FROM ev e JOIN event_actors a ON a.event_id = e.id WHERE e.topicset IS NOT NULL
UNION ALL
SELECT e.status, e.importance, e.period, 'actor' AS dim, a.actor_id::text AS member, 'end', 'ongoing' FROM ev e JOIN event_actors a ON a.event_id = e.id WHERE e.ongoing = 1
UNION ALL
SELECT e.status, e.importance, e.period, 'country' AS dim, a.country_code::text AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_countries a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, e.period, 'country' AS dim, a.country_code::text AS member, 'topic', '_none' FROM ev e JOIN event_countries a ON a.event_id = e.id WHERE e.topicset IS NULL
UNION ALL
SELECT e.status, e.importance, e.period, 'country' AS dim, a.country_code::text AS member, 'topicset', e.topicset FROM ev e JOIN event_countries a ON a.event_id = e.id WHERE e.topicset IS NOT NULL
UNION ALL
SELECT e.status, e.importance, e.period, 'country' AS dim, a.country_code::text AS member, 'end', 'ongoing' FROM ev e JOIN event_countries a ON a.event_id = e.id WHERE e.ongoing = 1
) u
GROUP BY u.dim, u.member, u.dim2, u.member2, u.period, u.status
ORDER BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO event_pair_counts (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
SELECT dim, member, dim2, 2, member2, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE period / 12 END, status, sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)
FROM event_pair_counts
WHERE grain = 1
GROUP BY dim, member, dim2, member2, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE period / 12 END, status
ORDER BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO event_pair_counts (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
SELECT dim, member, dim2, 3, member2, 0, status, sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)
FROM event_pair_counts
WHERE grain = 2 AND dim2 = 'topic' AND member2 <> '_none'
GROUP BY dim, member, dim2, member2, status
ORDER BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO event_pair_counts (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
SELECT u.dim, u.member, u.dim2, 3, u.member2, 0, u.status, count(*) FILTER (WHERE u.importance = 1), count(*) FILTER (WHERE u.importance = 2), count(*) FILTER (WHERE u.importance = 3), count(*) FILTER (WHERE u.importance = 4), count(*) FILTER (WHERE u.importance = 5)
FROM (
SELECT e.status, e.importance, 'actor' AS dim, a.actor_id::text AS member, 'actor' AS dim2, b.actor_id::text AS member2 FROM events e JOIN event_actors a ON a.event_id = e.id JOIN event_actors b ON b.event_id = e.id WHERE e.deleted_at IS NULL
UNION ALL
SELECT e.status, e.importance, 'actor' AS dim, a.actor_id::text AS member, 'country' AS dim2, b.country_code::text AS member2 FROM events e JOIN event_actors a ON a.event_id = e.id JOIN event_countries b ON b.event_id = e.id WHERE e.deleted_at IS NULL
UNION ALL
SELECT e.status, e.importance, 'country' AS dim, a.country_code::text AS member, 'country' AS dim2, b.country_code::text AS member2 FROM events e JOIN event_countries a ON a.event_id = e.id JOIN event_countries b ON b.event_id = e.id WHERE e.deleted_at IS NULL
) u
GROUP BY u.dim, u.member, u.dim2, u.member2, u.status
ORDER BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO event_pair_counts (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
SELECT dim2, member2, dim, 3, member, 0, status, n1, n2, n3, n4, n5
FROM event_pair_counts
WHERE grain = 3 AND (dim2 = 'topic' AND dim <> 'topic' OR dim = 'actor' AND dim2 = 'country')
ORDER BY 1, 2, 3, 4, 5, 6, 7;

-- The pairs an event counts in: its links as (dim, member) and its topic members as (dim2, member2). Links are
-- passed as rows, so the link triggers can hand in an event's links as they were before the statement.
CREATE TYPE event_counts_pairs_link AS (event_id integer, sign integer, dim text, member text);

-- Upserts the contributions of events (sign 1: add, -1: subtract) with the links given, each event's values read
-- from changes. Grouped before the upsert (ON CONFLICT cannot touch a row twice in one statement) and only rows
-- whose sum is not zero: an editor's save that replaces a handful of links moves only the pairs that changed.
-- In key order, so that concurrent writers lock shared rows in the same order.
CREATE FUNCTION event_counts_pairs_apply(changes event_counts_change[], links event_counts_pairs_link[]) RETURNS void
LANGUAGE sql AS $fn$
    WITH ch AS (SELECT * FROM unnest(changes)),
    l AS (SELECT * FROM unnest(links)),
    topic_members AS (
        SELECT l.event_id, l.sign, 'topic' AS dim, l.member FROM l WHERE l.dim = 'topic'
        UNION ALL SELECT l.event_id, l.sign, 'topicset', ',' || string_agg(l.member, ',' ORDER BY l.member::integer) || ',' FROM l WHERE l.dim = 'topic' GROUP BY l.event_id, l.sign
        UNION ALL SELECT ch.event_id, ch.sign, 'topic', '_none' FROM ch
            WHERE NOT EXISTS (SELECT 1 FROM l WHERE l.event_id = ch.event_id AND l.sign = ch.sign AND l.dim = 'topic')
        UNION ALL SELECT ch.event_id, ch.sign, 'end', 'ongoing' FROM ch WHERE ch.latest >= 8.64e15
    ),
    pairs AS (
        SELECT a.event_id, a.sign, a.dim, a.member, b.dim AS dim2, 3 AS grain, b.member AS member2 FROM l a JOIN l b ON b.event_id = a.event_id AND b.sign = a.sign
        UNION ALL SELECT a.event_id, a.sign, a.dim, a.member, t.dim, g.grain, t.member
        FROM l a JOIN topic_members t ON t.event_id = a.event_id AND t.sign = a.sign CROSS JOIN (VALUES (1), (2)) AS g(grain)
    )
    INSERT INTO event_pair_counts AS c (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
    SELECT p.dim, p.member, p.dim2, p.grain, p.member2, event_counts_period(ch.earliest, 0, p.grain), ch.status,
        sum(ch.sign * (ch.importance = 1)::integer),
        sum(ch.sign * (ch.importance = 2)::integer),
        sum(ch.sign * (ch.importance = 3)::integer),
        sum(ch.sign * (ch.importance = 4)::integer),
        sum(ch.sign * (ch.importance = 5)::integer)
    FROM pairs p JOIN ch ON ch.event_id = p.event_id AND ch.sign = p.sign
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(ch.sign * (ch.importance = 1)::integer) <> 0 OR sum(ch.sign * (ch.importance = 2)::integer) <> 0 OR sum(ch.sign * (ch.importance = 3)::integer) <> 0 OR sum(ch.sign * (ch.importance = 4)::integer) <> 0 OR sum(ch.sign * (ch.importance = 5)::integer) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (dim, member, dim2, grain, member2, period, status) DO UPDATE
    SET n1 = c.n1 + EXCLUDED.n1, n2 = c.n2 + EXCLUDED.n2, n3 = c.n3 + EXCLUDED.n3, n4 = c.n4 + EXCLUDED.n4, n5 = c.n5 + EXCLUDED.n5
$fn$;

-- The current links of the events of changes, each with its change's sign.
CREATE FUNCTION event_counts_pairs_current_links(changes event_counts_change[]) RETURNS event_counts_pairs_link[]
LANGUAGE sql STABLE AS $fn$
    SELECT ARRAY(
        SELECT ROW(ch.event_id, ch.sign, l.dim, l.member)::event_counts_pairs_link FROM unnest(changes) ch
        CROSS JOIN LATERAL (
            SELECT 'topic' AS dim, t.topic_id::text AS member FROM event_topics t WHERE t.event_id = ch.event_id
            UNION ALL SELECT 'actor', a.actor_id::text FROM event_actors a WHERE a.event_id = ch.event_id
            UNION ALL SELECT 'country', c.country_code FROM event_countries c WHERE c.event_id = ch.event_id) l)
$fn$;

-- Applies link changes of one dim, after they are stored, to the live events they touch: minus the event with
-- its links before the statement, plus the event with its links now. Its links before are its links now, less
-- those of link_dim the statement added (net +1), plus those it removed (net -1): net, not each change, so a
-- statement that removes and adds the same link changes nothing.
CREATE FUNCTION event_counts_pairs_apply_links(link_dim text, changes event_counts_link_change[]) RETURNS void
LANGUAGE sql AS $fn$
    WITH net AS (SELECT event_id, member, sum(sign) AS net FROM unnest(changes) GROUP BY event_id, member),
    touched AS (
        SELECT ROW(e.id, e.earliest, e.latest, e.status, e.importance, s.sign)::event_counts_change AS ch
        FROM events e CROSS JOIN (VALUES (1), (-1)) AS s(sign)
        WHERE e.id IN (SELECT event_id FROM net) AND e.deleted_at IS NULL
    ),
    now_links AS (SELECT * FROM unnest(event_counts_pairs_current_links(ARRAY(SELECT ch FROM touched WHERE (ch).sign = 1))))
    SELECT event_counts_pairs_apply(ARRAY(SELECT ch FROM touched), ARRAY(
        SELECT ROW(n.event_id, 1, n.dim, n.member)::event_counts_pairs_link FROM now_links n
        UNION ALL
        SELECT ROW(n.event_id, -1, n.dim, n.member)::event_counts_pairs_link FROM now_links n
        WHERE NOT (n.dim = link_dim AND EXISTS (SELECT 1 FROM net WHERE net.event_id = n.event_id AND net.member = n.member AND net.net > 0))
        UNION ALL
        SELECT ROW(net.event_id, -1, link_dim, net.member)::event_counts_pairs_link FROM net
        WHERE net.net < 0 AND EXISTS (SELECT 1 FROM touched WHERE (ch).event_id = net.event_id)))
$fn$;

-- Trigger functions are PL/pgSQL with E'' bodies that spell the semicolon \073 (see 20261124100000_full_text_search).
-- Statement-level with transition tables: a bulk statement costs one grouped upsert.
CREATE FUNCTION event_counts_pairs_on_event_insert() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
    changes event_counts_change[] := ARRAY(
        SELECT ROW(n.id, n.earliest, n.latest, n.status, n.importance, 1)::event_counts_change
        FROM new_rows n WHERE n.deleted_at IS NULL)\073
BEGIN
    PERFORM event_counts_pairs_apply(changes, event_counts_pairs_current_links(changes))\073
    RETURN NULL\073
END';

-- Earliest, status, importance, whether it is deleted and whether it is ongoing: the rest of latest plays no
-- part in pairs. Both sides with the event's links now (an event update does not change them).
CREATE FUNCTION event_counts_pairs_on_event_update() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
    changes event_counts_change[] := ARRAY(
        SELECT ROW(o.id, o.earliest, o.latest, o.status, o.importance, -1)::event_counts_change
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.deleted_at IS NULL
          AND (o.earliest, o.status, o.importance, o.deleted_at IS NULL, o.latest >= 8.64e15) IS DISTINCT FROM (n.earliest, n.status, n.importance, n.deleted_at IS NULL, n.latest >= 8.64e15)
        UNION ALL
        SELECT ROW(n.id, n.earliest, n.latest, n.status, n.importance, 1)::event_counts_change
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.deleted_at IS NULL
          AND (o.earliest, o.status, o.importance, o.deleted_at IS NULL, o.latest >= 8.64e15) IS DISTINCT FROM (n.earliest, n.status, n.importance, n.deleted_at IS NULL, n.latest >= 8.64e15))\073
BEGIN
    IF cardinality(changes) > 0 THEN
        PERFORM event_counts_pairs_apply(changes, event_counts_pairs_current_links(changes))\073
    END IF\073
    RETURN NULL\073
END';

-- Row-level BEFORE DELETE: the links are still there (the cascade runs after the event row is gone, and the
-- link triggers then find no live event and do nothing).
CREATE FUNCTION event_counts_pairs_on_event_delete() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
    changes event_counts_change[] := ARRAY[ROW(OLD.id, OLD.earliest, OLD.latest, OLD.status, OLD.importance, -1)::event_counts_change]\073
BEGIN
    PERFORM event_counts_pairs_apply(changes, event_counts_pairs_current_links(changes))\073
    RETURN OLD\073
END';

CREATE FUNCTION event_counts_pairs_on_topic_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_pairs_apply_links(''topic'', ARRAY(
            SELECT ROW(n.event_id, n.topic_id::text, 1)::event_counts_link_change FROM new_rows n))\073
    ELSIF TG_OP = ''DELETE'' THEN
        PERFORM event_counts_pairs_apply_links(''topic'', ARRAY(
            SELECT ROW(o.event_id, o.topic_id::text, -1)::event_counts_link_change FROM old_rows o))\073
    ELSE
        PERFORM event_counts_pairs_apply_links(''topic'', ARRAY(
            SELECT ROW(n.event_id, n.topic_id::text, 1)::event_counts_link_change FROM new_rows n
            UNION ALL
            SELECT ROW(o.event_id, o.topic_id::text, -1)::event_counts_link_change FROM old_rows o))\073
    END IF\073
    RETURN NULL\073
END';

CREATE FUNCTION event_counts_pairs_on_actor_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_pairs_apply_links(''actor'', ARRAY(
            SELECT ROW(n.event_id, n.actor_id::text, 1)::event_counts_link_change FROM new_rows n))\073
    ELSIF TG_OP = ''DELETE'' THEN
        PERFORM event_counts_pairs_apply_links(''actor'', ARRAY(
            SELECT ROW(o.event_id, o.actor_id::text, -1)::event_counts_link_change FROM old_rows o))\073
    ELSE
        PERFORM event_counts_pairs_apply_links(''actor'', ARRAY(
            SELECT ROW(n.event_id, n.actor_id::text, 1)::event_counts_link_change FROM new_rows n
            UNION ALL
            SELECT ROW(o.event_id, o.actor_id::text, -1)::event_counts_link_change FROM old_rows o))\073
    END IF\073
    RETURN NULL\073
END';

CREATE FUNCTION event_counts_pairs_on_country_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_pairs_apply_links(''country'', ARRAY(
            SELECT ROW(n.event_id, n.country_code::text, 1)::event_counts_link_change FROM new_rows n))\073
    ELSIF TG_OP = ''DELETE'' THEN
        PERFORM event_counts_pairs_apply_links(''country'', ARRAY(
            SELECT ROW(o.event_id, o.country_code::text, -1)::event_counts_link_change FROM old_rows o))\073
    ELSE
        PERFORM event_counts_pairs_apply_links(''country'', ARRAY(
            SELECT ROW(n.event_id, n.country_code::text, 1)::event_counts_link_change FROM new_rows n
            UNION ALL
            SELECT ROW(o.event_id, o.country_code::text, -1)::event_counts_link_change FROM old_rows o))\073
    END IF\073
    RETURN NULL\073
END';

CREATE TRIGGER "event_counts_pairs_after_event_insert" AFTER INSERT ON "events"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_event_insert();
CREATE TRIGGER "event_counts_pairs_after_event_update" AFTER UPDATE ON "events"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_event_update();
CREATE TRIGGER "event_counts_pairs_before_event_delete" BEFORE DELETE ON "events"
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL) EXECUTE FUNCTION event_counts_pairs_on_event_delete();
CREATE TRIGGER "event_counts_pairs_after_topic_insert" AFTER INSERT ON "event_topics"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_topic_change();
CREATE TRIGGER "event_counts_pairs_after_topic_update" AFTER UPDATE ON "event_topics"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_topic_change();
CREATE TRIGGER "event_counts_pairs_after_topic_delete" AFTER DELETE ON "event_topics"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_topic_change();
CREATE TRIGGER "event_counts_pairs_after_actor_insert" AFTER INSERT ON "event_actors"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_actor_change();
CREATE TRIGGER "event_counts_pairs_after_actor_update" AFTER UPDATE ON "event_actors"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_actor_change();
CREATE TRIGGER "event_counts_pairs_after_actor_delete" AFTER DELETE ON "event_actors"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_actor_change();
CREATE TRIGGER "event_counts_pairs_after_country_insert" AFTER INSERT ON "event_countries"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_country_change();
CREATE TRIGGER "event_counts_pairs_after_country_update" AFTER UPDATE ON "event_countries"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_country_change();
CREATE TRIGGER "event_counts_pairs_after_country_delete" AFTER DELETE ON "event_countries"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_pairs_on_country_change();
