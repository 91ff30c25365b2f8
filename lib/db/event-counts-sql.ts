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
export type CountsDialect = "sqlite" | "postgres";

/** Period of an unknown start (DATE_MIN) or an ongoing end (DATE_MAX), the same at every grain. */
const BEFORE_ALL = -100000000;
const AFTER_ALL = 100000000;

const CYCLE_DAYS = 146097;
const FIRST_DAY_OF_YEAR_1 = -719162;
const FIRST_DAY_OF_YEAR_10000 = 2932897;

const COLUMNS = "edge, grain, period, dim, member, status, n1, n2, n3, n4, n5";
/** Rows in primary key order (the GROUP BY's order too, so no second sort): the key's b-tree is appended to. */
const KEY_ORDER = "ORDER BY 1, 4, 6, 2, 3, 5";
const SUM_COLUMNS = "sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)";

const LINKS = [
  { dim: "topic", table: "event_topics", column: "topic_id" },
  { dim: "actor", table: "event_actors", column: "actor_id" },
  { dim: "country", table: "event_countries", column: "country_code" },
] as const;

/** Day period of a bound: the sentinels read on the bound, the day (floored) of the instant `at`. */
function dayPeriod(bound: string, at: string, dialect: CountsDialect): string {
  // SQLite has no floor(): truncation, minus one below zero off the day.
  const day = dialect === "postgres"
    ? `floor(${at} / 86400000)::integer`
    : `(CAST(${at} / 86400000 AS INTEGER) - (${at} < CAST(${at} / 86400000 AS INTEGER) * 86400000))`;
  return `CASE WHEN ${bound} <= -8.64e15 THEN ${BEFORE_ALL} WHEN ${bound} >= 8.64e15 THEN ${AFTER_ALL} ELSE ${day} END`;
}

/** UTC day number of a bound in ms: edge 0, at events.earliest. */
export function dayOf(ms: string, dialect: CountsDialect): string {
  return dayPeriod(ms, ms, dialect);
}

/**
 * Edge 1: the event's last day, the day of latest − 1 ms (latest is exclusive), so "ended before S" (latest ≤ S)
 * is "last day before day(S)" and a period aligned to months or years reads whole month or year rows.
 */
export function lastDayOf(latest: string, dialect: CountsDialect): string {
  return dayPeriod(latest, `(${latest} - 1)`, dialect);
}

/**
 * year * 100 + month of a UTC day number. SQLite's date functions stop at 9999-12-31 (an event in 9999 ends
 * on 10000-01-01) and PostgreSQL has no year 0 (1 BC reads as -1): outside those ranges the day is moved by
 * 400 years, one whole Gregorian cycle (146097 days), and the year moved back.
 */
export function yearMonthOfDay(day: string, dialect: CountsDialect): string {
  if (dialect === "postgres") {
    const ym = (d: string) => `(extract(year FROM DATE '1970-01-01' + ${d}) * 100 + extract(month FROM DATE '1970-01-01' + ${d}))::integer`;
    return `CASE WHEN ${day} < ${FIRST_DAY_OF_YEAR_1} THEN ${ym(`(${day} + ${CYCLE_DAYS})`)} - 40000 ELSE ${ym(day)} END`;
  }
  const ym = (d: string) => `CAST(strftime('%Y%m', ${d} * 86400, 'unixepoch') AS INTEGER)`;
  return `CASE WHEN ${day} >= ${FIRST_DAY_OF_YEAR_10000} THEN ${ym(`(${day} - ${CYCLE_DAYS})`)} + 40000 ELSE ${ym(day)} END`;
}

/** Month period (year * 12 + month - 1) of a day period, sentinels kept. */
function monthOfDay(day: string, dialect: CountsDialect): string {
  const ym = yearMonthOfDay(day, dialect);
  return `CASE WHEN ${day} IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN ${day} ELSE (${ym}) / 100 * 12 + (${ym}) % 100 - 1 END`;
}

function yearOfMonth(month: string): string {
  return `CASE WHEN ${month} IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN ${month} ELSE ${month} / 12 END`;
}

function importanceSums(dialect: CountsDialect): string {
  return [1, 2, 3, 4, 5]
    .map((n) => (dialect === "postgres" ? `count(*) FILTER (WHERE u.importance = ${n})` : `sum(u.importance = ${n})`))
    .join(", ");
}

function text(column: string, dialect: CountsDialect): string {
  return dialect === "postgres" ? `${column}::text` : `CAST(${column} AS TEXT)`;
}

/** ",3,17,40,": an event's topic ids in numeric order, from event_topics grouped by event_id. */
export function topicSetOf(topicId: string, dialect: CountsDialect): string {
  const list = dialect === "postgres" ? `string_agg(${topicId}::text, ',' ORDER BY ${topicId})` : `group_concat(${topicId}, ',' ORDER BY ${topicId})`;
  return `',' || ${list} || ','`;
}

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
 * Empties and refills event_counts. On PostgreSQL TRUNCATE, not DELETE: with a million dead rows under the same
 * keys every insert would check them (2.5× slower). It locks the table until commit, so triggers of concurrent
 * writers and readers wait for the rebuild instead of seeing a half-filled table.
 */
export function rebuildEventCountsSql(dialect: CountsDialect): string[] {
  const clear = dialect === "postgres" ? ["TRUNCATE event_counts"] : ["DELETE FROM event_counts"];
  return [...clear, ...fillEventCountsSql(dialect)];
}
