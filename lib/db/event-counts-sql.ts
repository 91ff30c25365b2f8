/**
 * Rebuilds event_counts (migration 20261124150000_event_counts) from events and their links, for bulk
 * loaders that switch its triggers off. The migration backfills with these same INSERT statements (a unit
 * test keeps them identical). Run the statements in order, in one transaction.
 *
 * Day rows are aggregated from events and links, except for actors, which have no day rows: their month rows
 * come straight from events and links (month computed once per event). '_links' rows come from the day rows of
 * topics and countries and the month rows of actors; month rows from day rows, year rows from month rows and
 * all-time rows (grain 3, period 0) from year rows, so events are scanned once, not once per grain.
 */
import {
  dayOf,
  importanceSums,
  lastDayOf,
  LINKS,
  monthOfDay,
  SUM_COLUMNS,
  text,
  topicSetOf,
  yearOfMonth,
  type CountsDialect,
} from "./count-period-sql";
import { rebuildEventActorKindsSql } from "./event-actor-kinds-sql";
import { rebuildEventLinkDaysSql } from "./event-link-days-sql";
import { rebuildEventPairCountsSql } from "./event-pair-counts-sql";

export { dayOf, lastDayOf, monthIndexOfDay, topicSetOf, type CountsDialect } from "./count-period-sql";

const COLUMNS = "edge, grain, period, dim, member, status, n1, n2, n3, n4, n5";
/** Rows in primary key order (the GROUP BY's order too, so no second sort): the key's b-tree is appended to. */
const KEY_ORDER = "ORDER BY 1, 4, 6, 2, 3, 5";

/** Day rows of 'all', of each topic and country member, of their '_none' and of each event's topic set. */
function insertDayRowsSql(dialect: CountsDialect): string {
  const event = `e.status, e.importance, ${dayOf("e.earliest", dialect)} AS d0, ${lastDayOf("e.latest", dialect)} AS d1`;
  const parts = [`SELECT ${event}, 'all' AS dim, '' AS member FROM events e WHERE e.deleted_at IS NULL`];
  for (const { dim, table, column } of LINKS.filter((link) => link.dim !== "actor")) {
    parts.push(`SELECT ${event}, '${dim}', ${text(`l.${column}`, dialect)} FROM events e JOIN ${table} l ON l.event_id = e.id WHERE e.deleted_at IS NULL`);
    parts.push(`SELECT ${event}, '${dim}', '_none' FROM events e WHERE e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM ${table} l WHERE l.event_id = e.id)`);
  }
  parts.push(`SELECT ${event}, 'topicset', s.member FROM events e JOIN (SELECT event_id, ${topicSetOf("topic_id", dialect)} AS member FROM event_topics GROUP BY event_id) s ON s.event_id = e.id WHERE e.deleted_at IS NULL`);
  return `INSERT INTO event_counts (${COLUMNS})
SELECT g.edge, 0, CASE g.edge WHEN 0 THEN u.d0 ELSE u.d1 END, u.dim, u.member, u.status, ${importanceSums(dialect)}
FROM (
${parts.join("\nUNION ALL\n")}
) u CROSS JOIN (SELECT 0 AS edge UNION ALL SELECT 1) g
GROUP BY g.edge, u.dim, u.status, CASE g.edge WHEN 0 THEN u.d0 ELSE u.d1 END, u.member
${KEY_ORDER}`;
}

/** Month rows of actors, from events and links: actors have no day rows (one per actor and day is too many). */
function insertActorMonthRowsSql(dialect: CountsDialect): string {
  const days = `SELECT id, status, importance, ${dayOf("earliest", dialect)} AS d0, ${lastDayOf("latest", dialect)} AS d1 FROM events WHERE deleted_at IS NULL`;
  return `WITH months AS MATERIALIZED (
SELECT id, status, importance, ${monthOfDay("d0", dialect)} AS m0, ${monthOfDay("d1", dialect)} AS m1 FROM (${days}) d
)
INSERT INTO event_counts (${COLUMNS})
SELECT g.edge, 1, CASE g.edge WHEN 0 THEN u.m0 ELSE u.m1 END, 'actor', u.member, u.status, ${importanceSums(dialect)}
FROM (
SELECT e.status, e.importance, e.m0, e.m1, ${text("l.actor_id", dialect)} AS member FROM months e JOIN event_actors l ON l.event_id = e.id
UNION ALL
SELECT e.status, e.importance, e.m0, e.m1, '_none' FROM months e WHERE NOT EXISTS (SELECT 1 FROM event_actors l WHERE l.event_id = e.id)
) u CROSS JOIN (SELECT 0 AS edge UNION ALL SELECT 1) g
GROUP BY g.edge, u.status, CASE g.edge WHEN 0 THEN u.m0 ELSE u.m1 END, u.member
${KEY_ORDER}`;
}

/** '_links' rows of the finest grain of each dim: one per link, so the sum of the dim's member rows. */
const insertLinksRowsSql = `INSERT INTO event_counts (${COLUMNS})
SELECT edge, grain, period, dim, '_links', status, ${SUM_COLUMNS}
FROM event_counts
WHERE (grain = 0 AND dim IN ('topic', 'country') OR grain = 1 AND dim = 'actor') AND member <> '_none'
GROUP BY edge, dim, status, grain, period
${KEY_ORDER}`;

function insertMonthRowsSql(dialect: CountsDialect): string {
  const month = monthOfDay("period", dialect);
  return `INSERT INTO event_counts (${COLUMNS})
SELECT edge, 1, ${month}, dim, member, status, ${SUM_COLUMNS}
FROM event_counts
WHERE grain = 0
GROUP BY edge, dim, status, ${month}, member
${KEY_ORDER}`;
}

const insertYearRowsSql = `INSERT INTO event_counts (${COLUMNS})
SELECT edge, 2, ${yearOfMonth("period")}, dim, member, status, ${SUM_COLUMNS}
FROM event_counts
WHERE grain = 1
GROUP BY edge, dim, status, ${yearOfMonth("period")}, member
${KEY_ORDER}`;

/** All-time rows: grain 3, period 0, the sum of every period, the sentinels included. */
const insertAllTimeRowsSql = `INSERT INTO event_counts (${COLUMNS})
SELECT edge, 3, 0, dim, member, status, ${SUM_COLUMNS}
FROM event_counts
WHERE grain = 2
GROUP BY edge, dim, status, member
${KEY_ORDER}`;

/** The INSERT statements that fill an empty event_counts (the migration's backfill). */
export function fillEventCountsSql(dialect: CountsDialect): string[] {
  return [
    insertDayRowsSql(dialect),
    insertActorMonthRowsSql(dialect),
    insertLinksRowsSql,
    insertMonthRowsSql(dialect),
    insertYearRowsSql,
    insertAllTimeRowsSql,
  ];
}

/**
 * Empties and refills event_counts, then event_pair_counts and event_link_days (one call keeps them in step for the
 * loaders and scripts/rebuild-event-counts.ts). On PostgreSQL TRUNCATE, not DELETE: with a million dead rows under the same
 * keys every insert would check them (BENCHMARKS.md, “Figures: counts”). It locks the table until commit, so
 * triggers of concurrent writers and readers wait for the rebuild instead of seeing a half-filled table.
 */
export function rebuildEventCountsSql(dialect: CountsDialect): string[] {
  const clear = dialect === "postgres" ? ["TRUNCATE event_counts"] : ["DELETE FROM event_counts"];
  return [...rebuildEventActorKindsSql(), ...clear, ...fillEventCountsSql(dialect), ...rebuildEventPairCountsSql(dialect), ...rebuildEventLinkDaysSql(dialect)];
}
