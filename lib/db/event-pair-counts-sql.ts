/**
 * Rebuilds event_pair_counts (migration 20261124160000_event_pair_counts) from events and their links, for bulk
 * loaders that switch its triggers off; rebuildEventCountsSql runs these after event_counts' own. The migration
 * backfills with the same INSERT statements (a unit test keeps them identical). Run them in order, in one
 * transaction.
 *
 * Only month rows (grain 1) and the all-time pairs among actors and countries come from events and links. Year
 * rows are summed from month rows, and all-time pairs with a topic from the year rows of that topic: an event's
 * topics are both its topic links and its topic members, so the sum over every period (sentinels included) is
 * the all-time pair. The rest are mirrors: (a, b) and (b, a) count the same events. That more than halves the
 * rows the GROUP BYs sort.
 */
import { dayOf, importanceSums, lastDayOf, LINKS, monthOfDay, SUM_COLUMNS, text, topicSetOf, yearOfMonth, type CountsDialect } from "./count-period-sql";

const COLUMNS = "dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5";
/** Rows in primary key order (the GROUP BY's order too, so no second sort): the key's b-tree is filled in order. */
const KEY_ORDER = "ORDER BY 1, 2, 3, 4, 5, 6, 7";

/**
 * Month rows: each entity of an event (a link of any dim) with each of its topic members (topic ids, '_none'
 * without topics, its topic set) and ('end', 'ongoing') when it is ongoing, at the month of earliest. The event's month and topic set are computed once.
 */
function insertMonthRowsSql(dialect: CountsDialect): string {
  const parts: string[] = [];
  for (const { dim, table, column } of LINKS) {
    const entity = `e.status, e.importance, e.period, '${dim}' AS dim, ${text(`a.${column}`, dialect)} AS member`;
    const from = `FROM ev e JOIN ${table} a ON a.event_id = e.id`;
    parts.push(`SELECT ${entity}, 'topic' AS dim2, ${text("t.topic_id", dialect)} AS member2 ${from} JOIN event_topics t ON t.event_id = e.id`);
    parts.push(`SELECT ${entity}, 'topic', '_none' ${from} WHERE e.topicset IS NULL`);
    parts.push(`SELECT ${entity}, 'topicset', e.topicset ${from} WHERE e.topicset IS NOT NULL`);
    parts.push(`SELECT ${entity}, 'end', 'ongoing' ${from} WHERE e.ongoing = 1`);
  }
  return `WITH ev AS MATERIALIZED (
SELECT id, status, importance, ${monthOfDay("d", dialect)} AS period, topicset, ongoing FROM (SELECT e.id, e.status, e.importance, ${dayOf("e.earliest", dialect)} AS d, CASE WHEN e.latest >= 8.64e15 THEN 1 ELSE 0 END AS ongoing, (SELECT ${topicSetOf("t.topic_id", dialect)} FROM event_topics t WHERE t.event_id = e.id) AS topicset FROM events e WHERE e.deleted_at IS NULL) d
)
INSERT INTO event_pair_counts (${COLUMNS})
SELECT u.dim, u.member, u.dim2, 1, u.member2, u.period, u.status, ${importanceSums(dialect)}
FROM (
${parts.join("\nUNION ALL\n")}
) u
GROUP BY u.dim, u.member, u.dim2, u.member2, u.period, u.status
${KEY_ORDER}`;
}

const insertYearRowsSql = `INSERT INTO event_pair_counts (${COLUMNS})
SELECT dim, member, dim2, 2, member2, ${yearOfMonth("period")}, status, ${SUM_COLUMNS}
FROM event_pair_counts
WHERE grain = 1
GROUP BY dim, member, dim2, member2, ${yearOfMonth("period")}, status
${KEY_ORDER}`;

/** All-time pairs with a topic: the sum of the year rows of that topic ('_none' is no link, so no pair). */
const insertAllTimeTopicRowsSql = `INSERT INTO event_pair_counts (${COLUMNS})
SELECT dim, member, dim2, 3, member2, 0, status, ${SUM_COLUMNS}
FROM event_pair_counts
WHERE grain = 2 AND dim2 = 'topic' AND member2 <> '_none'
GROUP BY dim, member, dim2, member2, status
${KEY_ORDER}`;

/**
 * All-time pairs of actors and countries with each other, from events and links: actor-actor, actor-country and
 * country-country. The other way round, and pairs of a topic with anything, are mirrored by the next statement.
 */
function insertAllTimeLinkRowsSql(dialect: CountsDialect): string {
  const [, actor, country] = LINKS;
  const pairs: [(typeof LINKS)[number], (typeof LINKS)[number]][] = [[actor, actor], [actor, country], [country, country]];
  const parts = pairs.map(
    ([a, b]) => `SELECT e.status, e.importance, '${a.dim}' AS dim, ${text(`a.${a.column}`, dialect)} AS member, '${b.dim}' AS dim2, ${text(`b.${b.column}`, dialect)} AS member2 FROM events e JOIN ${a.table} a ON a.event_id = e.id JOIN ${b.table} b ON b.event_id = e.id WHERE e.deleted_at IS NULL`,
  );
  return `INSERT INTO event_pair_counts (${COLUMNS})
SELECT u.dim, u.member, u.dim2, 3, u.member2, 0, u.status, ${importanceSums(dialect)}
FROM (
${parts.join("\nUNION ALL\n")}
) u
GROUP BY u.dim, u.member, u.dim2, u.member2, u.status
${KEY_ORDER}`;
}

/** A pair counts the same events both ways: (topic, actor) is (actor, topic) mirrored, and so on. */
const insertAllTimeMirrorRowsSql = `INSERT INTO event_pair_counts (${COLUMNS})
SELECT dim2, member2, dim, 3, member, 0, status, n1, n2, n3, n4, n5
FROM event_pair_counts
WHERE grain = 3 AND (dim2 = 'topic' AND dim <> 'topic' OR dim = 'actor' AND dim2 = 'country')
${KEY_ORDER}`;

/** The INSERT statements that fill an empty event_pair_counts (the migration's backfill). */
export function fillEventPairCountsSql(dialect: CountsDialect): string[] {
  return [insertMonthRowsSql(dialect), insertYearRowsSql, insertAllTimeTopicRowsSql, insertAllTimeLinkRowsSql(dialect), insertAllTimeMirrorRowsSql];
}

/** Entities standing for "no link of this dim", so that a lane of events without an actor or a country can be counted. */
const NONE_ENTITY_DIMS = ["actor", "country"] as const;

/**
 * Migration 20261125100000_event_pair_count_ends: month rows of the end edge (grain 4, the month of the event's last
 * day, ongoing ends in 100000000) for every link with each of the event's topics or '_none', and, at both edges
 * (grains 1 and 4), the rows of two kinds of entity with each topic or '_none': '_none' (an event with no actor, or
 * no country) and '_links' (one per link of the dim: a topic's links to any actor, so "Other" needs no read of
 * every actor). Together with the start rows they count a topic's events overlapping any range per actor, country
 * or topic, and an actor's or country's per topic: a timeline's lanes and density (lib/queries/counts/pair-window-sql.ts).
 */
function insertEdgeMonthRowsSql(dialect: CountsDialect): string {
  const has = (table: string) => `CASE WHEN EXISTS (SELECT 1 FROM ${table} l WHERE l.event_id = e.id) THEN 1 ELSE 0 END`;
  const parts: string[] = [];
  const topicsOf = (select: string, from: string, where: string) => [
    `${select}, 'topic' AS dim2, ${text("t.topic_id", dialect)} AS member2 ${from} JOIN event_topics t ON t.event_id = e.id${where ? ` WHERE ${where}` : ""}`,
    `${select}, 'topic', '_none' ${from} WHERE e.has_topic = 0${where ? ` AND ${where}` : ""}`,
  ];
  for (const { dim, table, column } of LINKS) {
    parts.push(...topicsOf(`SELECT e.status, e.importance, 4 AS grain, e.end_period AS period, '${dim}' AS dim, ${text(`a.${column}`, dialect)} AS member`, `FROM ev e JOIN ${table} a ON a.event_id = e.id`, ""));
  }
  for (const [grain, period] of [[1, "e.period"], [4, "e.end_period"]] as const) {
    for (const dim of NONE_ENTITY_DIMS) {
      parts.push(...topicsOf(`SELECT e.status, e.importance, ${grain} AS grain, ${period} AS period, '${dim}' AS dim, '_none' AS member`, "FROM ev e", `e.has_${dim} = 0`));
    }
    for (const { dim, table } of LINKS) {
      parts.push(...topicsOf(`SELECT e.status, e.importance, ${grain} AS grain, ${period} AS period, '${dim}' AS dim, '_links' AS member`, `FROM ev e JOIN ${table} a ON a.event_id = e.id`, ""));
    }
  }
  return `WITH ev AS MATERIALIZED (
SELECT id, status, importance, ${monthOfDay("d", dialect)} AS period, ${monthOfDay("ld", dialect)} AS end_period, has_topic, has_actor, has_country FROM (SELECT e.id, e.status, e.importance, ${dayOf("e.earliest", dialect)} AS d, ${lastDayOf("e.latest", dialect)} AS ld, ${has("event_topics")} AS has_topic, ${has("event_actors")} AS has_actor, ${has("event_countries")} AS has_country FROM events e WHERE e.deleted_at IS NULL) d
)
INSERT INTO event_pair_counts (${COLUMNS})
SELECT u.dim, u.member, u.dim2, u.grain, u.member2, u.period, u.status, ${importanceSums(dialect)}
FROM (
${parts.join("\nUNION ALL\n")}
) u
GROUP BY u.dim, u.member, u.dim2, u.grain, u.member2, u.period, u.status
${KEY_ORDER}`;
}

/** Year rows of the new month rows: grain 5 from grain 4, and the '_none' and '_links' entities' grain 2 from their grain 1. */
const insertEdgeYearRowsSql = `INSERT INTO event_pair_counts (${COLUMNS})
SELECT dim, member, dim2, grain + 1, member2, ${yearOfMonth("period")}, status, ${SUM_COLUMNS}
FROM event_pair_counts
WHERE grain = 4 OR grain = 1 AND member IN ('_none', '_links')
GROUP BY dim, member, dim2, grain, member2, ${yearOfMonth("period")}, status
${KEY_ORDER}`;

/** The INSERT statements of migration 20261125100000_event_pair_count_ends, run after fillEventPairCountsSql's. */
export function fillEventPairEdgeRowsSql(dialect: CountsDialect): string[] {
  return [insertEdgeMonthRowsSql(dialect), insertEdgeYearRowsSql];
}

/** Empties and refills event_pair_counts: TRUNCATE on PostgreSQL for event_counts' reasons (no dead rows to check). */
export function rebuildEventPairCountsSql(dialect: CountsDialect): string[] {
  const clear = dialect === "postgres" ? "TRUNCATE event_pair_counts" : "DELETE FROM event_pair_counts";
  return [clear, ...fillEventPairCountsSql(dialect), ...fillEventPairEdgeRowsSql(dialect)];
}
