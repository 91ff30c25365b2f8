-- The end edge of event_pair_counts, and "no actor", "no country" and "all links" as entities (see
-- lib/db/event-pair-counts-sql.ts, fillEventPairEdgeRowsSql). For each non-deleted event, with T its topic members
-- (its topic ids, or '_none'):
-- - grains 4 (UTC month) and 5 (UTC year) of its last day (the day before the exclusive latest, ongoing ends in
--   100000000, as event_counts' edge 1): for every link a and every t in T, one in (a.dim, a.member, 'topic', grain,
--   t, period, status), and
-- - ('actor', '_none') when it has no actor, ('country', '_none') when it has no country, and (a.dim, '_links') once
--   for every link a, with every t in T at grains 1 and 2 (its start, as the other start rows) and 4 and 5 (its
--   last day). '_links' sums a dim's links, so that "Other" (the links to folded lanes) is all links less the
--   lanes shown, without reading every actor.
-- With the start rows, a topic's events that overlap a range are counted per actor, country or topic (no actor and
-- no country included), and an actor's or country's per topic, from a few rows per lane: the timeline's lanes and
-- density under a one-topic, one-actor or one-country filter (lib/queries/counts/pair-window-sql.ts).
-- The functions that write an event's rows now also write these: an event's last day now matters, so any change
-- of latest moves its rows.

CREATE OR REPLACE FUNCTION event_counts_pairs_apply(changes event_counts_change[], links event_counts_pairs_link[]) RETURNS void
LANGUAGE sql AS $fn$
    WITH ch AS (SELECT * FROM unnest(changes)),
    l AS (SELECT * FROM unnest(links)),
    entities AS (
        SELECT l.event_id, l.sign, l.dim, l.member FROM l
        UNION ALL SELECT ch.event_id, ch.sign, d.dim, '_none' FROM ch CROSS JOIN (VALUES ('actor'), ('country')) AS d(dim)
            WHERE NOT EXISTS (SELECT 1 FROM l WHERE l.event_id = ch.event_id AND l.sign = ch.sign AND l.dim = d.dim)
        UNION ALL SELECT l.event_id, l.sign, l.dim, '_links' FROM l
    ),
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
        FROM entities a JOIN topic_members t ON t.event_id = a.event_id AND t.sign = a.sign CROSS JOIN (VALUES (1), (2), (4), (5)) AS g(grain)
        WHERE (g.grain < 4 OR t.dim = 'topic') AND (a.member NOT IN ('_none', '_links') OR t.dim = 'topic')
    )
    INSERT INTO event_pair_counts AS c (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
    SELECT p.dim, p.member, p.dim2, p.grain, p.member2,
        CASE WHEN p.grain >= 4 THEN event_counts_period(ch.latest, 1, p.grain - 3) ELSE event_counts_period(ch.earliest, 0, p.grain) END, ch.status,
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

-- Earliest, latest, status, importance and whether it is deleted. Both sides with the event's links now (an event
-- update does not change them).
CREATE OR REPLACE FUNCTION event_counts_pairs_on_event_update() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
    changes event_counts_change[] := ARRAY(
        SELECT ROW(o.id, o.earliest, o.latest, o.status, o.importance, -1)::event_counts_change
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.deleted_at IS NULL
          AND (o.earliest, o.latest, o.status, o.importance, o.deleted_at IS NULL) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at IS NULL)
        UNION ALL
        SELECT ROW(n.id, n.earliest, n.latest, n.status, n.importance, 1)::event_counts_change
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.deleted_at IS NULL
          AND (o.earliest, o.latest, o.status, o.importance, o.deleted_at IS NULL) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at IS NULL))\073
BEGIN
    IF cardinality(changes) > 0 THEN
        PERFORM event_counts_pairs_apply(changes, event_counts_pairs_current_links(changes))\073
    END IF\073
    RETURN NULL\073
END';

WITH ev AS MATERIALIZED (
SELECT id, status, importance, CASE WHEN d IN (-100000000, 100000000) THEN d ELSE (CASE WHEN d < -719162 THEN (extract(year FROM DATE '1970-01-01' + (d + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (d + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + d) * 100 + extract(month FROM DATE '1970-01-01' + d))::integer END) / 100 * 12 + (CASE WHEN d < -719162 THEN (extract(year FROM DATE '1970-01-01' + (d + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (d + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + d) * 100 + extract(month FROM DATE '1970-01-01' + d))::integer END) % 100 - 1 END AS period, CASE WHEN ld IN (-100000000, 100000000) THEN ld ELSE (CASE WHEN ld < -719162 THEN (extract(year FROM DATE '1970-01-01' + (ld + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (ld + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + ld) * 100 + extract(month FROM DATE '1970-01-01' + ld))::integer END) / 100 * 12 + (CASE WHEN ld < -719162 THEN (extract(year FROM DATE '1970-01-01' + (ld + 146097)) * 100 + extract(month FROM DATE '1970-01-01' + (ld + 146097)))::integer - 40000 ELSE (extract(year FROM DATE '1970-01-01' + ld) * 100 + extract(month FROM DATE '1970-01-01' + ld))::integer END) % 100 - 1 END AS end_period, has_topic, has_actor, has_country FROM (SELECT e.id, e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE floor(e.earliest / 86400000)::integer END AS d, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE floor((e.latest - 1) / 86400000)::integer END AS ld, CASE WHEN EXISTS (SELECT 1 FROM event_topics l WHERE l.event_id = e.id) THEN 1 ELSE 0 END AS has_topic, CASE WHEN EXISTS (SELECT 1 FROM event_actors l WHERE l.event_id = e.id) THEN 1 ELSE 0 END AS has_actor, CASE WHEN EXISTS (SELECT 1 FROM event_countries l WHERE l.event_id = e.id) THEN 1 ELSE 0 END AS has_country FROM events e WHERE e.deleted_at IS NULL) d
)
INSERT INTO event_pair_counts (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
SELECT u.dim, u.member, u.dim2, u.grain, u.member2, u.period, u.status, count(*) FILTER (WHERE u.importance = 1), count(*) FILTER (WHERE u.importance = 2), count(*) FILTER (WHERE u.importance = 3), count(*) FILTER (WHERE u.importance = 4), count(*) FILTER (WHERE u.importance = 5)
FROM (
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'topic' AS dim, a.topic_id::text AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_topics a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'topic' AS dim, a.topic_id::text AS member, 'topic', '_none' FROM ev e JOIN event_topics a ON a.event_id = e.id WHERE e.has_topic = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'actor' AS dim, a.actor_id::text AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_actors a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'actor' AS dim, a.actor_id::text AS member, 'topic', '_none' FROM ev e JOIN event_actors a ON a.event_id = e.id WHERE e.has_topic = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'country' AS dim, a.country_code::text AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_countries a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'country' AS dim, a.country_code::text AS member, 'topic', '_none' FROM ev e JOIN event_countries a ON a.event_id = e.id WHERE e.has_topic = 0
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'actor' AS dim, '_none' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_topics t ON t.event_id = e.id WHERE e.has_actor = 0
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'actor' AS dim, '_none' AS member, 'topic', '_none' FROM ev e WHERE e.has_topic = 0 AND e.has_actor = 0
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'country' AS dim, '_none' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_topics t ON t.event_id = e.id WHERE e.has_country = 0
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'country' AS dim, '_none' AS member, 'topic', '_none' FROM ev e WHERE e.has_topic = 0 AND e.has_country = 0
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'topic' AS dim, '_links' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_topics a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'topic' AS dim, '_links' AS member, 'topic', '_none' FROM ev e JOIN event_topics a ON a.event_id = e.id WHERE e.has_topic = 0
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'actor' AS dim, '_links' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_actors a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'actor' AS dim, '_links' AS member, 'topic', '_none' FROM ev e JOIN event_actors a ON a.event_id = e.id WHERE e.has_topic = 0
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'country' AS dim, '_links' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_countries a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 1 AS grain, e.period AS period, 'country' AS dim, '_links' AS member, 'topic', '_none' FROM ev e JOIN event_countries a ON a.event_id = e.id WHERE e.has_topic = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'actor' AS dim, '_none' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_topics t ON t.event_id = e.id WHERE e.has_actor = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'actor' AS dim, '_none' AS member, 'topic', '_none' FROM ev e WHERE e.has_topic = 0 AND e.has_actor = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'country' AS dim, '_none' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_topics t ON t.event_id = e.id WHERE e.has_country = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'country' AS dim, '_none' AS member, 'topic', '_none' FROM ev e WHERE e.has_topic = 0 AND e.has_country = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'topic' AS dim, '_links' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_topics a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'topic' AS dim, '_links' AS member, 'topic', '_none' FROM ev e JOIN event_topics a ON a.event_id = e.id WHERE e.has_topic = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'actor' AS dim, '_links' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_actors a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'actor' AS dim, '_links' AS member, 'topic', '_none' FROM ev e JOIN event_actors a ON a.event_id = e.id WHERE e.has_topic = 0
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'country' AS dim, '_links' AS member, 'topic' AS dim2, t.topic_id::text AS member2 FROM ev e JOIN event_countries a ON a.event_id = e.id JOIN event_topics t ON t.event_id = e.id
UNION ALL
SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, 'country' AS dim, '_links' AS member, 'topic', '_none' FROM ev e JOIN event_countries a ON a.event_id = e.id WHERE e.has_topic = 0
) u
GROUP BY u.dim, u.member, u.dim2, u.grain, u.member2, u.period, u.status
ORDER BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO event_pair_counts (dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5)
SELECT dim, member, dim2, grain + 1, member2, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE period / 12 END, status, sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)
FROM event_pair_counts
WHERE grain = 4 OR grain = 1 AND member IN ('_none', '_links')
GROUP BY dim, member, dim2, grain, member2, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE period / 12 END, status
ORDER BY 1, 2, 3, 4, 5, 6, 7;
