-- Pre-aggregated event counts for timeline density, lane counts and dashboard totals (lib/queries/counts).
-- Kept outside the Prisma models. Each non-deleted event adds, for each edge (0: at its first day, the day of
-- events.earliest, 1: at its last day, the day of events.latest - 1 ms, as latest is exclusive) and grain (0: UTC
-- day, 1: UTC month as year * 12 + month - 1, 2: UTC year, 3: all time in period 0), one to the column
-- n<importance> of the rows ('all', ''), one per link of each dim (member = topic/actor id as text or the country
-- code, and as often under '_links'), or ('<dim>', '_none') when it has no link of that dim, and ('topicset',
-- ',3,17,40,') when it has topics: their ids in numeric order, comma-delimited, with a leading and a trailing
-- comma (no topicset row without topics). Actors have no day rows (grain 0, every member): at a million events
-- they would be millions of rows, so readers count actor days from the events.
-- Unknown starts (DATE_MIN) count in period -100000000 and ongoing ends (DATE_MAX) in 100000000 at grains 0 to 2,
-- grain 3 sums every period, those two included.
-- Last days, not the day of latest: "ended before S" (latest <= S) is then "last day before day(S)", so a period
-- aligned to months or years reads whole month or year rows, never a single day's (actors have none).
-- The triggers below keep it exact, never application code. Rows may fall to zero and stay, readers sum.
-- Bulk loaders switch the triggers off and rebuild with lib/db/event-counts-sql.ts, whose statements fill it here.

CREATE TABLE "event_counts" (
    "edge" INTEGER NOT NULL,
    "grain" INTEGER NOT NULL,
    "period" INTEGER NOT NULL,
    "dim" TEXT NOT NULL,
    "member" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "n1" INTEGER NOT NULL DEFAULT 0,
    "n2" INTEGER NOT NULL DEFAULT 0,
    "n3" INTEGER NOT NULL DEFAULT 0,
    "n4" INTEGER NOT NULL DEFAULT 0,
    "n5" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("edge", "dim", "status", "grain", "period", "member")
);

INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
SELECT g.edge, 0, CASE g.edge WHEN 0 THEN u.d0 ELSE u.d1 END, u.dim, u.member, u.status, count(*) FILTER (WHERE u.importance = 1), count(*) FILTER (WHERE u.importance = 2), count(*) FILTER (WHERE u.importance = 3), count(*) FILTER (WHERE u.importance = 4), count(*) FILTER (WHERE u.importance = 5)
FROM (
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS d1, 'all' AS dim, '' AS member FROM events e WHERE e.deleted_at IS NULL
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS d1, 'topic', l.topic_id::text FROM events e JOIN event_topics l ON l.event_id = e.id WHERE e.deleted_at IS NULL
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS d1, 'topic', '_none' FROM events e WHERE e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM event_topics l WHERE l.event_id = e.id)
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS d1, 'country', l.country_code::text FROM events e JOIN event_countries l ON l.event_id = e.id WHERE e.deleted_at IS NULL
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS d1, 'country', '_none' FROM events e WHERE e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM event_countries l WHERE l.event_id = e.id)
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS d1, 'topicset', s.member FROM events e JOIN (SELECT event_id, ',' || string_agg(topic_id::text, ',' ORDER BY topic_id) || ',' AS member FROM event_topics GROUP BY event_id) s ON s.event_id = e.id WHERE e.deleted_at IS NULL
) u CROSS JOIN (SELECT 0 AS edge UNION ALL SELECT 1) g
GROUP BY g.edge, u.dim, u.status, CASE g.edge WHEN 0 THEN u.d0 ELSE u.d1 END, u.member
ORDER BY 1, 4, 6, 2, 3, 5;

WITH months AS MATERIALIZED (
SELECT id, status, importance, CASE WHEN d0 IN (-100000000, 100000000) THEN d0 ELSE (CASE WHEN d0 < -719162 THEN (extract(year FROM DATE '1970-01-01' + (d0 + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (d0 + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + d0) * 100 + extract(month FROM DATE '1970-01-01' + d0))::integer END) / 100 * 12 + (CASE WHEN d0 < -719162 THEN (extract(year FROM DATE '1970-01-01' + (d0 + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (d0 + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + d0) * 100 + extract(month FROM DATE '1970-01-01' + d0))::integer END) % 100 - 1 END AS m0, CASE WHEN d1 IN (-100000000, 100000000) THEN d1 ELSE (CASE WHEN d1 < -719162 THEN (extract(year FROM DATE '1970-01-01' + (d1 + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (d1 + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + d1) * 100 + extract(month FROM DATE '1970-01-01' + d1))::integer END) / 100 * 12 + (CASE WHEN d1 < -719162 THEN (extract(year FROM DATE '1970-01-01' + (d1 + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (d1 + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + d1) * 100 + extract(month FROM DATE '1970-01-01' + d1))::integer END) % 100 - 1 END AS m1 FROM (SELECT id, status, importance, CASE WHEN earliest <= -8.64e15 THEN -100000000 WHEN earliest >= 8.64e15 THEN 100000000 ELSE floor(earliest / 86400000)::integer END AS d0, CASE WHEN latest <= -8.64e15 THEN -100000000 WHEN latest >= 8.64e15 THEN 100000000 ELSE floor((latest - 1) / 86400000)::integer END AS d1 FROM events WHERE deleted_at IS NULL) d
)
INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
SELECT g.edge, 1, CASE g.edge WHEN 0 THEN u.m0 ELSE u.m1 END, 'actor', u.member, u.status, count(*) FILTER (WHERE u.importance = 1), count(*) FILTER (WHERE u.importance = 2), count(*) FILTER (WHERE u.importance = 3), count(*) FILTER (WHERE u.importance = 4), count(*) FILTER (WHERE u.importance = 5)
FROM (
SELECT e.status, e.importance, e.m0, e.m1, l.actor_id::text AS member FROM months e JOIN event_actors l ON l.event_id = e.id
UNION ALL
SELECT e.status, e.importance, e.m0, e.m1, '_none' FROM months e WHERE NOT EXISTS (SELECT 1 FROM event_actors l WHERE l.event_id = e.id)
) u CROSS JOIN (SELECT 0 AS edge UNION ALL SELECT 1) g
GROUP BY g.edge, u.status, CASE g.edge WHEN 0 THEN u.m0 ELSE u.m1 END, u.member
ORDER BY 1, 4, 6, 2, 3, 5;

INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
SELECT edge, grain, period, dim, '_links', status, sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)
FROM event_counts
WHERE (grain = 0 AND dim IN ('topic', 'country') OR grain = 1 AND dim = 'actor') AND member <> '_none'
GROUP BY edge, dim, status, grain, period
ORDER BY 1, 4, 6, 2, 3, 5;

INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
SELECT edge, 1, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE (CASE WHEN period < -719162 THEN (extract(year FROM DATE '1970-01-01' + (period + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (period + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + period) * 100 + extract(month FROM DATE '1970-01-01' + period))::integer END) / 100 * 12 + (CASE WHEN period < -719162 THEN (extract(year FROM DATE '1970-01-01' + (period + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (period + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + period) * 100 + extract(month FROM DATE '1970-01-01' + period))::integer END) % 100 - 1 END, dim, member, status, sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)
FROM event_counts
WHERE grain = 0
GROUP BY edge, dim, status, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE (CASE WHEN period < -719162 THEN (extract(year FROM DATE '1970-01-01' + (period + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (period + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + period) * 100 + extract(month FROM DATE '1970-01-01' + period))::integer END) / 100 * 12 + (CASE WHEN period < -719162 THEN (extract(year FROM DATE '1970-01-01' + (period + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (period + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + period) * 100 + extract(month FROM DATE '1970-01-01' + period))::integer END) % 100 - 1 END, member
ORDER BY 1, 4, 6, 2, 3, 5;

INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
SELECT edge, 2, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE period / 12 END, dim, member, status, sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)
FROM event_counts
WHERE grain = 1
GROUP BY edge, dim, status, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE period / 12 END, member
ORDER BY 1, 4, 6, 2, 3, 5;

INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
SELECT edge, 3, 0, dim, member, status, sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)
FROM event_counts
WHERE grain = 2
GROUP BY edge, dim, status, member
ORDER BY 1, 4, 6, 2, 3, 5;

-- Readers look up a few hundred given topic sets (subsets of the top topics) over a range of periods: the key
-- puts member last, so this index puts it before period. Built after the backfill, in one pass.
CREATE INDEX "event_counts_topicset_member_idx" ON "event_counts" ("edge", "status", "grain", "member", "period") WHERE "dim" = 'topicset';

-- year * 100 + month of a UTC day number (PostgreSQL has no year 0: before year 1 it counts 400 years later).
CREATE FUNCTION event_counts_year_month(day integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT CASE WHEN day < -719162 THEN (extract(year FROM DATE '1970-01-01' + (day + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (day + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + day) * 100 + extract(month FROM DATE '1970-01-01' + day))::integer END
$fn$;

-- The period of a bound at an edge and a grain: all time (grain 3) is period 0, then the sentinels (dates cannot
-- hold them). Edge 0 counts at the day of earliest, edge 1 at the event's last day: latest is exclusive, so the
-- day of latest - 1 ms.
CREATE FUNCTION event_counts_period(ms double precision, edge integer, grain integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT CASE WHEN grain = 3 THEN 0 WHEN ms <= -8.64e15 THEN -100000000 WHEN ms >= 8.64e15 THEN 100000000
        WHEN grain = 0 THEN floor((ms - edge) / 86400000)::integer
        WHEN grain = 1 THEN event_counts_year_month(floor((ms - edge) / 86400000)::integer) / 100 * 12 + event_counts_year_month(floor((ms - edge) / 86400000)::integer) % 100 - 1
        ELSE event_counts_year_month(floor((ms - edge) / 86400000)::integer) / 100 END
$fn$;

-- The (dim, member) rows an event counts in, from its current links.
CREATE FUNCTION event_counts_members(target_event integer) RETURNS TABLE (dim text, member text)
LANGUAGE sql STABLE AS $fn$
    SELECT 'all', ''
    UNION ALL SELECT 'topic', l.topic_id::text FROM event_topics l WHERE l.event_id = target_event
    UNION ALL SELECT 'topic', '_links' FROM event_topics l WHERE l.event_id = target_event
    UNION ALL SELECT 'topic', '_none' WHERE NOT EXISTS (SELECT 1 FROM event_topics l WHERE l.event_id = target_event)
    UNION ALL SELECT 'actor', l.actor_id::text FROM event_actors l WHERE l.event_id = target_event
    UNION ALL SELECT 'actor', '_links' FROM event_actors l WHERE l.event_id = target_event
    UNION ALL SELECT 'actor', '_none' WHERE NOT EXISTS (SELECT 1 FROM event_actors l WHERE l.event_id = target_event)
    UNION ALL SELECT 'country', l.country_code::text FROM event_countries l WHERE l.event_id = target_event
    UNION ALL SELECT 'country', '_links' FROM event_countries l WHERE l.event_id = target_event
    UNION ALL SELECT 'country', '_none' WHERE NOT EXISTS (SELECT 1 FROM event_countries l WHERE l.event_id = target_event)
    UNION ALL SELECT 'topicset', ',' || string_agg(l.topic_id::text, ',' ORDER BY l.topic_id) || ',' FROM event_topics l WHERE l.event_id = target_event HAVING count(*) > 0
$fn$;

-- An event's counted values, with sign 1 (add) or -1 (subtract).
CREATE TYPE event_counts_change AS (event_id integer, earliest double precision, latest double precision, status text, importance integer, sign integer);

-- Grouped before the upsert (ON CONFLICT cannot touch a row twice in one statement), in key order so that
-- concurrent writers lock shared rows in the same order.
CREATE FUNCTION event_counts_apply(changes event_counts_change[]) RETURNS void
LANGUAGE sql AS $fn$
    INSERT INTO event_counts AS c (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT g.edge, g.grain, event_counts_period(CASE g.edge WHEN 0 THEN ch.earliest ELSE ch.latest END, g.edge, g.grain), m.dim, m.member, ch.status,
        sum(ch.sign * (ch.importance = 1)::integer),
        sum(ch.sign * (ch.importance = 2)::integer),
        sum(ch.sign * (ch.importance = 3)::integer),
        sum(ch.sign * (ch.importance = 4)::integer),
        sum(ch.sign * (ch.importance = 5)::integer)
    FROM unnest(changes) AS ch
    CROSS JOIN (VALUES (0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (1, 3)) AS g(edge, grain)
    CROSS JOIN LATERAL event_counts_members(ch.event_id) AS m
    WHERE g.grain > 0 OR m.dim <> 'actor'
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(ch.sign * (ch.importance = 1)::integer) <> 0 OR sum(ch.sign * (ch.importance = 2)::integer) <> 0 OR sum(ch.sign * (ch.importance = 3)::integer) <> 0 OR sum(ch.sign * (ch.importance = 4)::integer) <> 0 OR sum(ch.sign * (ch.importance = 5)::integer) <> 0
    ORDER BY 1, 4, 6, 2, 3, 5
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE
    SET n1 = c.n1 + EXCLUDED.n1, n2 = c.n2 + EXCLUDED.n2, n3 = c.n3 + EXCLUDED.n3, n4 = c.n4 + EXCLUDED.n4, n5 = c.n5 + EXCLUDED.n5
$fn$;

-- A link added (sign 1) or removed (-1): member is the topic/actor id as text or the country code.
CREATE TYPE event_counts_link_change AS (event_id integer, member text, sign integer);

-- Applies link changes of one dim, after they are stored: an event whose link count went from 0 to some
-- leaves '_none', one whose count went to 0 joins it. Events that are deleted (or gone) count nowhere.
-- Topic changes also move each touched event from its old 'topicset' row to its new one. Its old topics are
-- its topics now, less those the statement added (net +1), plus those it removed (net -1): net, not each
-- change, so a statement that removes and adds the same link leaves the set alone.
CREATE FUNCTION event_counts_apply_links(link_dim text, changes event_counts_link_change[]) RETURNS void
LANGUAGE sql AS $fn$
    WITH ch AS (SELECT * FROM unnest(changes)),
    topic_net AS (SELECT event_id, member, sum(sign) AS net FROM ch WHERE link_dim = 'topic' GROUP BY event_id, member),
    topic_sets AS (
        SELECT t.event_id,
            (SELECT ',' || string_agg(o.topic_id::text, ',' ORDER BY o.topic_id) || ',' FROM (
                SELECT l.topic_id FROM event_topics l WHERE l.event_id = t.event_id
                    AND NOT EXISTS (SELECT 1 FROM topic_net n WHERE n.event_id = l.event_id AND n.member = l.topic_id::text AND n.net > 0)
                UNION ALL SELECT n.member::integer FROM topic_net n WHERE n.event_id = t.event_id AND n.net < 0) o) AS old_set,
            (SELECT ',' || string_agg(l.topic_id::text, ',' ORDER BY l.topic_id) || ',' FROM event_topics l WHERE l.event_id = t.event_id) AS new_set
        FROM (SELECT DISTINCT event_id FROM topic_net) t
    ),
    touched AS (
        SELECT ch.event_id, sum(ch.sign) AS net, CASE link_dim
            WHEN 'topic' THEN (SELECT count(*) FROM event_topics l WHERE l.event_id = ch.event_id)
            WHEN 'actor' THEN (SELECT count(*) FROM event_actors l WHERE l.event_id = ch.event_id)
            ELSE (SELECT count(*) FROM event_countries l WHERE l.event_id = ch.event_id) END AS links
        FROM ch GROUP BY ch.event_id
    ),
    deltas AS (
        SELECT event_id, link_dim AS dim, member, sign FROM ch
        UNION ALL SELECT event_id, link_dim, '_links', sign FROM ch
        UNION ALL SELECT event_id, link_dim, '_none', (links = 0)::integer - (links - net = 0)::integer FROM touched
        UNION ALL SELECT event_id, 'topicset', old_set, -1 FROM topic_sets WHERE old_set IS NOT NULL
        UNION ALL SELECT event_id, 'topicset', new_set, 1 FROM topic_sets WHERE new_set IS NOT NULL
    )
    INSERT INTO event_counts AS c (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT g.edge, g.grain, event_counts_period(CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END, g.edge, g.grain), d.dim, d.member, e.status,
        sum(d.sign * (e.importance = 1)::integer),
        sum(d.sign * (e.importance = 2)::integer),
        sum(d.sign * (e.importance = 3)::integer),
        sum(d.sign * (e.importance = 4)::integer),
        sum(d.sign * (e.importance = 5)::integer)
    FROM deltas d
    JOIN events e ON e.id = d.event_id AND e.deleted_at IS NULL
    CROSS JOIN (VALUES (0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (1, 3)) AS g(edge, grain)
    WHERE g.grain > 0 OR d.dim <> 'actor'
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(d.sign * (e.importance = 1)::integer) <> 0 OR sum(d.sign * (e.importance = 2)::integer) <> 0 OR sum(d.sign * (e.importance = 3)::integer) <> 0 OR sum(d.sign * (e.importance = 4)::integer) <> 0 OR sum(d.sign * (e.importance = 5)::integer) <> 0
    ORDER BY 1, 4, 6, 2, 3, 5
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE
    SET n1 = c.n1 + EXCLUDED.n1, n2 = c.n2 + EXCLUDED.n2, n3 = c.n3 + EXCLUDED.n3, n4 = c.n4 + EXCLUDED.n4, n5 = c.n5 + EXCLUDED.n5
$fn$;

-- Trigger functions are PL/pgSQL with E'' bodies that spell the semicolon \073 (see 20261124100000_full_text_search).
-- Statement-level with transition tables: a bulk statement costs one grouped upsert.
CREATE FUNCTION event_counts_on_event_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    PERFORM event_counts_apply(ARRAY(
        SELECT ROW(n.id, n.earliest, n.latest, n.status, n.importance, 1)::event_counts_change
        FROM new_rows n WHERE n.deleted_at IS NULL))\073
    RETURN NULL\073
END';

CREATE FUNCTION event_counts_on_event_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    PERFORM event_counts_apply(ARRAY(
        SELECT ROW(o.id, o.earliest, o.latest, o.status, o.importance, -1)::event_counts_change
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.deleted_at IS NULL
          AND (o.earliest, o.latest, o.status, o.importance, o.deleted_at IS NULL) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at IS NULL)
        UNION ALL
        SELECT ROW(n.id, n.earliest, n.latest, n.status, n.importance, 1)::event_counts_change
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.deleted_at IS NULL
          AND (o.earliest, o.latest, o.status, o.importance, o.deleted_at IS NULL) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at IS NULL)))\073
    RETURN NULL\073
END';

-- Row-level BEFORE DELETE: the links are still there (the cascade runs after the event row is gone, and the
-- link triggers then find no live event and do nothing).
CREATE FUNCTION event_counts_on_event_delete() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    PERFORM event_counts_apply(ARRAY[ROW(OLD.id, OLD.earliest, OLD.latest, OLD.status, OLD.importance, -1)::event_counts_change])\073
    RETURN OLD\073
END';

CREATE FUNCTION event_counts_on_topic_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_apply_links(''topic'', ARRAY(
            SELECT ROW(n.event_id, n.topic_id::text, 1)::event_counts_link_change FROM new_rows n))\073
    ELSIF TG_OP = ''DELETE'' THEN
        PERFORM event_counts_apply_links(''topic'', ARRAY(
            SELECT ROW(o.event_id, o.topic_id::text, -1)::event_counts_link_change FROM old_rows o))\073
    ELSE
        PERFORM event_counts_apply_links(''topic'', ARRAY(
            SELECT ROW(n.event_id, n.topic_id::text, 1)::event_counts_link_change FROM new_rows n
            UNION ALL
            SELECT ROW(o.event_id, o.topic_id::text, -1)::event_counts_link_change FROM old_rows o))\073
    END IF\073
    RETURN NULL\073
END';

CREATE FUNCTION event_counts_on_actor_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_apply_links(''actor'', ARRAY(
            SELECT ROW(n.event_id, n.actor_id::text, 1)::event_counts_link_change FROM new_rows n))\073
    ELSIF TG_OP = ''DELETE'' THEN
        PERFORM event_counts_apply_links(''actor'', ARRAY(
            SELECT ROW(o.event_id, o.actor_id::text, -1)::event_counts_link_change FROM old_rows o))\073
    ELSE
        PERFORM event_counts_apply_links(''actor'', ARRAY(
            SELECT ROW(n.event_id, n.actor_id::text, 1)::event_counts_link_change FROM new_rows n
            UNION ALL
            SELECT ROW(o.event_id, o.actor_id::text, -1)::event_counts_link_change FROM old_rows o))\073
    END IF\073
    RETURN NULL\073
END';

CREATE FUNCTION event_counts_on_country_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_apply_links(''country'', ARRAY(
            SELECT ROW(n.event_id, n.country_code::text, 1)::event_counts_link_change FROM new_rows n))\073
    ELSIF TG_OP = ''DELETE'' THEN
        PERFORM event_counts_apply_links(''country'', ARRAY(
            SELECT ROW(o.event_id, o.country_code::text, -1)::event_counts_link_change FROM old_rows o))\073
    ELSE
        PERFORM event_counts_apply_links(''country'', ARRAY(
            SELECT ROW(n.event_id, n.country_code::text, 1)::event_counts_link_change FROM new_rows n
            UNION ALL
            SELECT ROW(o.event_id, o.country_code::text, -1)::event_counts_link_change FROM old_rows o))\073
    END IF\073
    RETURN NULL\073
END';

CREATE TRIGGER "event_counts_after_event_insert" AFTER INSERT ON "events"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_event_insert();
CREATE TRIGGER "event_counts_after_event_update" AFTER UPDATE ON "events"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_event_update();
CREATE TRIGGER "event_counts_before_event_delete" BEFORE DELETE ON "events"
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL) EXECUTE FUNCTION event_counts_on_event_delete();
CREATE TRIGGER "event_counts_after_topic_insert" AFTER INSERT ON "event_topics"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_topic_change();
CREATE TRIGGER "event_counts_after_topic_update" AFTER UPDATE ON "event_topics"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_topic_change();
CREATE TRIGGER "event_counts_after_topic_delete" AFTER DELETE ON "event_topics"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_topic_change();
CREATE TRIGGER "event_counts_after_actor_insert" AFTER INSERT ON "event_actors"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_actor_change();
CREATE TRIGGER "event_counts_after_actor_update" AFTER UPDATE ON "event_actors"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_actor_change();
CREATE TRIGGER "event_counts_after_actor_delete" AFTER DELETE ON "event_actors"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_actor_change();
CREATE TRIGGER "event_counts_after_country_insert" AFTER INSERT ON "event_countries"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_country_change();
CREATE TRIGGER "event_counts_after_country_update" AFTER UPDATE ON "event_countries"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_country_change();
CREATE TRIGGER "event_counts_after_country_delete" AFTER DELETE ON "event_countries"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_counts_on_country_change();
