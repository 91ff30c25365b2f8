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

-- WITHOUT ROWID: the rows live in the primary key's b-tree, so a range of periods is one contiguous read.
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
) WITHOUT ROWID;

INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
SELECT g.edge, 0, CASE g.edge WHEN 0 THEN u.d0 ELSE u.d1 END, u.dim, u.member, u.status, sum(u.importance = 1), sum(u.importance = 2), sum(u.importance = 3), sum(u.importance = 4), sum(u.importance = 5)
FROM (
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS d1, 'all' AS dim, '' AS member FROM events e WHERE e.deleted_at IS NULL
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS d1, 'topic', CAST(l.topic_id AS TEXT) FROM events e JOIN event_topics l ON l.event_id = e.id WHERE e.deleted_at IS NULL
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS d1, 'topic', '_none' FROM events e WHERE e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM event_topics l WHERE l.event_id = e.id)
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS d1, 'country', CAST(l.country_code AS TEXT) FROM events e JOIN event_countries l ON l.event_id = e.id WHERE e.deleted_at IS NULL
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS d1, 'country', '_none' FROM events e WHERE e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM event_countries l WHERE l.event_id = e.id)
UNION ALL
SELECT e.status, e.importance, CASE WHEN e.earliest <= -8.64e15 THEN -100000000 WHEN e.earliest >= 8.64e15 THEN 100000000 ELSE (CAST(e.earliest / 86400000 AS INTEGER) - (e.earliest < CAST(e.earliest / 86400000 AS INTEGER) * 86400000)) END AS d0, CASE WHEN e.latest <= -8.64e15 THEN -100000000 WHEN e.latest >= 8.64e15 THEN 100000000 ELSE (CAST((e.latest - 1) / 86400000 AS INTEGER) - ((e.latest - 1) < CAST((e.latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS d1, 'topicset', s.member FROM events e JOIN (SELECT event_id, ',' || group_concat(topic_id, ',' ORDER BY topic_id) || ',' AS member FROM event_topics GROUP BY event_id) s ON s.event_id = e.id WHERE e.deleted_at IS NULL
) u CROSS JOIN (SELECT 0 AS edge UNION ALL SELECT 1) g
GROUP BY g.edge, u.dim, u.status, CASE g.edge WHEN 0 THEN u.d0 ELSE u.d1 END, u.member
ORDER BY 1, 4, 6, 2, 3, 5;

WITH months AS MATERIALIZED (
SELECT id, status, importance, CASE WHEN d0 IN (-100000000, 100000000) THEN d0 ELSE (CASE WHEN d0 >= 2932897 THEN CAST(strftime('%Y%m', (d0 - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', d0 * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN d0 >= 2932897 THEN CAST(strftime('%Y%m', (d0 - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', d0 * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1 END AS m0, CASE WHEN d1 IN (-100000000, 100000000) THEN d1 ELSE (CASE WHEN d1 >= 2932897 THEN CAST(strftime('%Y%m', (d1 - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', d1 * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN d1 >= 2932897 THEN CAST(strftime('%Y%m', (d1 - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', d1 * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1 END AS m1 FROM (SELECT id, status, importance, CASE WHEN earliest <= -8.64e15 THEN -100000000 WHEN earliest >= 8.64e15 THEN 100000000 ELSE (CAST(earliest / 86400000 AS INTEGER) - (earliest < CAST(earliest / 86400000 AS INTEGER) * 86400000)) END AS d0, CASE WHEN latest <= -8.64e15 THEN -100000000 WHEN latest >= 8.64e15 THEN 100000000 ELSE (CAST((latest - 1) / 86400000 AS INTEGER) - ((latest - 1) < CAST((latest - 1) / 86400000 AS INTEGER) * 86400000)) END AS d1 FROM events WHERE deleted_at IS NULL) d
)
INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
SELECT g.edge, 1, CASE g.edge WHEN 0 THEN u.m0 ELSE u.m1 END, 'actor', u.member, u.status, sum(u.importance = 1), sum(u.importance = 2), sum(u.importance = 3), sum(u.importance = 4), sum(u.importance = 5)
FROM (
SELECT e.status, e.importance, e.m0, e.m1, CAST(l.actor_id AS TEXT) AS member FROM months e JOIN event_actors l ON l.event_id = e.id
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
SELECT edge, 1, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE (CASE WHEN period >= 2932897 THEN CAST(strftime('%Y%m', (period - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', period * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN period >= 2932897 THEN CAST(strftime('%Y%m', (period - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', period * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1 END, dim, member, status, sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)
FROM event_counts
WHERE grain = 0
GROUP BY edge, dim, status, CASE WHEN period IN (-100000000, 100000000) THEN period ELSE (CASE WHEN period >= 2932897 THEN CAST(strftime('%Y%m', (period - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', period * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN period >= 2932897 THEN CAST(strftime('%Y%m', (period - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', period * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1 END, member
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

-- Row-level triggers. SQLite allows no WITH inside a trigger, so the (edge, grain) grid and each event's
-- members are inline subqueries. "WHERE true" keeps ON CONFLICT from parsing as a join constraint.
-- Sentinels are read on y.ms, the day on y.ms - y.edge: edge 1 at the last day, latest - 1 ms.
CREATE TRIGGER "event_counts_after_event_insert" AFTER INSERT ON "events" WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN new.earliest ELSE new.latest END AS ms, new.status AS status, new.importance AS importance
        FROM (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE new.deleted_at IS NULL) y) x,
    (SELECT 'all' AS dim, '' AS member, 1 AS sign
        UNION ALL SELECT 'topic', CAST(topic_id AS TEXT), 1 FROM event_topics WHERE event_id = new.id
        UNION ALL SELECT 'topic', '_links', 1 FROM event_topics WHERE event_id = new.id
        UNION ALL SELECT 'topic', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_topics WHERE event_id = new.id)
        UNION ALL SELECT 'actor', CAST(actor_id AS TEXT), 1 FROM event_actors WHERE event_id = new.id
        UNION ALL SELECT 'actor', '_links', 1 FROM event_actors WHERE event_id = new.id
        UNION ALL SELECT 'actor', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = new.id)
        UNION ALL SELECT 'country', CAST(country_code AS TEXT), 1 FROM event_countries WHERE event_id = new.id
        UNION ALL SELECT 'country', '_links', 1 FROM event_countries WHERE event_id = new.id
        UNION ALL SELECT 'country', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_countries WHERE event_id = new.id)
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', 1 FROM (SELECT topic_id FROM event_topics WHERE event_id = new.id) t HAVING count(*) > 0) m
    WHERE x.grain > 0 OR m.dim <> 'actor'
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_event_update" AFTER UPDATE OF earliest, latest, status, importance, deleted_at ON "events"
WHEN old.earliest IS NOT new.earliest OR old.latest IS NOT new.latest OR old.status IS NOT new.status
    OR old.importance IS NOT new.importance OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN old.earliest ELSE old.latest END AS ms, old.status AS status, old.importance AS importance
        FROM (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE old.deleted_at IS NULL) y) x,
    (SELECT 'all' AS dim, '' AS member, -1 AS sign
        UNION ALL SELECT 'topic', CAST(topic_id AS TEXT), -1 FROM event_topics WHERE event_id = old.id
        UNION ALL SELECT 'topic', '_links', -1 FROM event_topics WHERE event_id = old.id
        UNION ALL SELECT 'topic', '_none', -1 WHERE NOT EXISTS (SELECT 1 FROM event_topics WHERE event_id = old.id)
        UNION ALL SELECT 'actor', CAST(actor_id AS TEXT), -1 FROM event_actors WHERE event_id = old.id
        UNION ALL SELECT 'actor', '_links', -1 FROM event_actors WHERE event_id = old.id
        UNION ALL SELECT 'actor', '_none', -1 WHERE NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = old.id)
        UNION ALL SELECT 'country', CAST(country_code AS TEXT), -1 FROM event_countries WHERE event_id = old.id
        UNION ALL SELECT 'country', '_links', -1 FROM event_countries WHERE event_id = old.id
        UNION ALL SELECT 'country', '_none', -1 WHERE NOT EXISTS (SELECT 1 FROM event_countries WHERE event_id = old.id)
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', -1 FROM (SELECT topic_id FROM event_topics WHERE event_id = old.id) t HAVING count(*) > 0) m
    WHERE x.grain > 0 OR m.dim <> 'actor'
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN new.earliest ELSE new.latest END AS ms, new.status AS status, new.importance AS importance
        FROM (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE new.deleted_at IS NULL) y) x,
    (SELECT 'all' AS dim, '' AS member, 1 AS sign
        UNION ALL SELECT 'topic', CAST(topic_id AS TEXT), 1 FROM event_topics WHERE event_id = new.id
        UNION ALL SELECT 'topic', '_links', 1 FROM event_topics WHERE event_id = new.id
        UNION ALL SELECT 'topic', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_topics WHERE event_id = new.id)
        UNION ALL SELECT 'actor', CAST(actor_id AS TEXT), 1 FROM event_actors WHERE event_id = new.id
        UNION ALL SELECT 'actor', '_links', 1 FROM event_actors WHERE event_id = new.id
        UNION ALL SELECT 'actor', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = new.id)
        UNION ALL SELECT 'country', CAST(country_code AS TEXT), 1 FROM event_countries WHERE event_id = new.id
        UNION ALL SELECT 'country', '_links', 1 FROM event_countries WHERE event_id = new.id
        UNION ALL SELECT 'country', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_countries WHERE event_id = new.id)
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', 1 FROM (SELECT topic_id FROM event_topics WHERE event_id = new.id) t HAVING count(*) > 0) m
    WHERE x.grain > 0 OR m.dim <> 'actor'
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

-- BEFORE: the links are still there (the foreign keys' cascade removes them after the event row, and the
-- link triggers then find no live event and do nothing).
CREATE TRIGGER "event_counts_before_event_delete" BEFORE DELETE ON "events" WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN old.earliest ELSE old.latest END AS ms, old.status AS status, old.importance AS importance
        FROM (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE old.deleted_at IS NULL) y) x,
    (SELECT 'all' AS dim, '' AS member, -1 AS sign
        UNION ALL SELECT 'topic', CAST(topic_id AS TEXT), -1 FROM event_topics WHERE event_id = old.id
        UNION ALL SELECT 'topic', '_links', -1 FROM event_topics WHERE event_id = old.id
        UNION ALL SELECT 'topic', '_none', -1 WHERE NOT EXISTS (SELECT 1 FROM event_topics WHERE event_id = old.id)
        UNION ALL SELECT 'actor', CAST(actor_id AS TEXT), -1 FROM event_actors WHERE event_id = old.id
        UNION ALL SELECT 'actor', '_links', -1 FROM event_actors WHERE event_id = old.id
        UNION ALL SELECT 'actor', '_none', -1 WHERE NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = old.id)
        UNION ALL SELECT 'country', CAST(country_code AS TEXT), -1 FROM event_countries WHERE event_id = old.id
        UNION ALL SELECT 'country', '_links', -1 FROM event_countries WHERE event_id = old.id
        UNION ALL SELECT 'country', '_none', -1 WHERE NOT EXISTS (SELECT 1 FROM event_countries WHERE event_id = old.id)
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', -1 FROM (SELECT topic_id FROM event_topics WHERE event_id = old.id) t HAVING count(*) > 0) m
    WHERE x.grain > 0 OR m.dim <> 'actor'
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_topic_insert" AFTER INSERT ON "event_topics" BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = new.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'topic' AS dim, CAST(new.topic_id AS TEXT) AS member, 1 AS sign
        UNION ALL SELECT 'topic', '_links', 1
        UNION ALL SELECT 'topic', '_none', -1 WHERE (SELECT count(*) FROM event_topics WHERE event_id = new.event_id) = 1
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', 1 FROM (SELECT topic_id FROM event_topics WHERE event_id = new.event_id) t HAVING count(*) > 0
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', -1 FROM (SELECT topic_id FROM event_topics WHERE event_id = new.event_id AND topic_id <> new.topic_id) t HAVING count(*) > 0) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_topic_update" AFTER UPDATE OF event_id, topic_id ON "event_topics"
WHEN old.event_id IS NOT new.event_id OR old.topic_id IS NOT new.topic_id BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = old.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'topic' AS dim, CAST(old.topic_id AS TEXT) AS member, -1 AS sign
        UNION ALL SELECT 'topic', '_links', -1
        UNION ALL SELECT 'topic', '_none', 1 WHERE old.event_id <> new.event_id AND NOT EXISTS (SELECT 1 FROM event_topics WHERE event_id = old.event_id)
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', -1 FROM (SELECT topic_id FROM event_topics WHERE event_id = old.event_id AND NOT (old.event_id = new.event_id AND topic_id = new.topic_id) UNION ALL SELECT old.topic_id) t HAVING count(*) > 0
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', 1 FROM (SELECT topic_id FROM event_topics WHERE event_id = old.event_id) t HAVING count(*) > 0) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = new.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'topic' AS dim, CAST(new.topic_id AS TEXT) AS member, 1 AS sign
        UNION ALL SELECT 'topic', '_links', 1
        UNION ALL SELECT 'topic', '_none', -1 WHERE old.event_id <> new.event_id AND (SELECT count(*) FROM event_topics WHERE event_id = new.event_id) = 1
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', -1 FROM (SELECT topic_id FROM event_topics WHERE event_id = new.event_id AND topic_id <> new.topic_id) t HAVING count(*) > 0 AND old.event_id <> new.event_id
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', 1 FROM (SELECT topic_id FROM event_topics WHERE event_id = new.event_id) t HAVING count(*) > 0 AND old.event_id <> new.event_id) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_topic_delete" AFTER DELETE ON "event_topics" BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = old.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'topic' AS dim, CAST(old.topic_id AS TEXT) AS member, -1 AS sign
        UNION ALL SELECT 'topic', '_links', -1
        UNION ALL SELECT 'topic', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_topics WHERE event_id = old.event_id)
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', -1 FROM (SELECT topic_id FROM event_topics WHERE event_id = old.event_id UNION ALL SELECT old.topic_id) t HAVING count(*) > 0
        UNION ALL SELECT 'topicset', ',' || group_concat(t.topic_id, ',' ORDER BY t.topic_id) || ',', 1 FROM (SELECT topic_id FROM event_topics WHERE event_id = old.event_id) t HAVING count(*) > 0) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_actor_insert" AFTER INSERT ON "event_actors" BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 1 AS grain UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = new.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'actor' AS dim, CAST(new.actor_id AS TEXT) AS member, 1 AS sign
        UNION ALL SELECT 'actor', '_links', 1
        UNION ALL SELECT 'actor', '_none', -1 WHERE (SELECT count(*) FROM event_actors WHERE event_id = new.event_id) = 1) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_actor_update" AFTER UPDATE OF event_id, actor_id ON "event_actors"
WHEN old.event_id IS NOT new.event_id OR old.actor_id IS NOT new.actor_id BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 1 AS grain UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = old.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'actor' AS dim, CAST(old.actor_id AS TEXT) AS member, -1 AS sign
        UNION ALL SELECT 'actor', '_links', -1
        UNION ALL SELECT 'actor', '_none', 1 WHERE old.event_id <> new.event_id AND NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = old.event_id)) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 1 AS grain UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = new.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'actor' AS dim, CAST(new.actor_id AS TEXT) AS member, 1 AS sign
        UNION ALL SELECT 'actor', '_links', 1
        UNION ALL SELECT 'actor', '_none', -1 WHERE old.event_id <> new.event_id AND (SELECT count(*) FROM event_actors WHERE event_id = new.event_id) = 1) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_actor_delete" AFTER DELETE ON "event_actors" BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 1 AS grain UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = old.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'actor' AS dim, CAST(old.actor_id AS TEXT) AS member, -1 AS sign
        UNION ALL SELECT 'actor', '_links', -1
        UNION ALL SELECT 'actor', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_actors WHERE event_id = old.event_id)) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_country_insert" AFTER INSERT ON "event_countries" BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = new.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'country' AS dim, CAST(new.country_code AS TEXT) AS member, 1 AS sign
        UNION ALL SELECT 'country', '_links', 1
        UNION ALL SELECT 'country', '_none', -1 WHERE (SELECT count(*) FROM event_countries WHERE event_id = new.event_id) = 1) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_country_update" AFTER UPDATE OF event_id, country_code ON "event_countries"
WHEN old.event_id IS NOT new.event_id OR old.country_code IS NOT new.country_code BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = old.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'country' AS dim, CAST(old.country_code AS TEXT) AS member, -1 AS sign
        UNION ALL SELECT 'country', '_links', -1
        UNION ALL SELECT 'country', '_none', 1 WHERE old.event_id <> new.event_id AND NOT EXISTS (SELECT 1 FROM event_countries WHERE event_id = old.event_id)) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = new.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'country' AS dim, CAST(new.country_code AS TEXT) AS member, 1 AS sign
        UNION ALL SELECT 'country', '_links', 1
        UNION ALL SELECT 'country', '_none', -1 WHERE old.event_id <> new.event_id AND (SELECT count(*) FROM event_countries WHERE event_id = new.event_id) = 1) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;

CREATE TRIGGER "event_counts_after_country_delete" AFTER DELETE ON "event_countries" BEGIN
    INSERT INTO event_counts (edge, grain, period, dim, member, status, n1, n2, n3, n4, n5)
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (-100000000, 100000000) THEN x.day
        WHEN x.grain = 1 THEN (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 * 12 + (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) % 100 - 1
        ELSE (CASE WHEN x.day >= 2932897 THEN CAST(strftime('%Y%m', (x.day - 146097) * 86400, 'unixepoch') AS INTEGER) + 40000 ELSE CAST(strftime('%Y%m', x.day * 86400, 'unixepoch') AS INTEGER) END) / 100 END,
        m.dim, m.member, x.status,
        m.sign * (x.importance = 1), m.sign * (x.importance = 2), m.sign * (x.importance = 3), m.sign * (x.importance = 4), m.sign * (x.importance = 5)
    FROM (SELECT y.edge, y.grain, CASE WHEN y.ms <= -8.64e15 THEN -100000000 WHEN y.ms >= 8.64e15 THEN 100000000 ELSE (CAST((y.ms - y.edge) / 86400000 AS INTEGER) - ((y.ms - y.edge) < CAST((y.ms - y.edge) / 86400000 AS INTEGER) * 86400000)) END AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END AS ms, e.status AS status, e.importance AS importance
        FROM events e, (SELECT 0 AS edge, 0 AS grain UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 2 UNION ALL SELECT 0, 3 UNION ALL SELECT 1, 0 UNION ALL SELECT 1, 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 3) g WHERE e.id = old.event_id AND e.deleted_at IS NULL) y) x,
    (SELECT 'country' AS dim, CAST(old.country_code AS TEXT) AS member, -1 AS sign
        UNION ALL SELECT 'country', '_links', -1
        UNION ALL SELECT 'country', '_none', 1 WHERE NOT EXISTS (SELECT 1 FROM event_countries WHERE event_id = old.event_id)) m
    WHERE true
    ON CONFLICT (edge, dim, status, grain, period, member) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5;
END;
