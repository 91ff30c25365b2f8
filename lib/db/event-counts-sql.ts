/**
 * Rebuilds event_counts (migration 20261124150000_event_counts) from events and their links, for bulk
 * loaders that switch its triggers off. The migration backfills with these same INSERT statements (a unit
 * test keeps them identical). Run the statements in order, in one transaction.
 *
 * Day rows are aggregated from events and links; '_links' rows from the day rows of each dim; month rows from
 * day rows and year rows from month rows, so events are scanned once, not once per grain.
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

/** UTC day number of a bound in ms (SQLite has no floor(): truncation, minus one below zero off the day). */
export function dayOf(ms: string, dialect: CountsDialect): string {
  const day = dialect === "postgres"
    ? `floor(${ms} / 86400000)::integer`
    : `(CAST(${ms} / 86400000 AS INTEGER) - (${ms} < CAST(${ms} / 86400000 AS INTEGER) * 86400000))`;
  return `CASE WHEN ${ms} <= -8.64e15 THEN ${BEFORE_ALL} WHEN ${ms} >= 8.64e15 THEN ${AFTER_ALL} ELSE ${day} END`;
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

/** Day rows of 'all', of each link member and of '_none'. */
function insertDayRowsSql(dialect: CountsDialect): string {
  const text = (column: string) => (dialect === "postgres" ? `${column}::text` : `CAST(${column} AS TEXT)`);
  const event = `e.status, e.importance, ${dayOf("e.earliest", dialect)} AS d0, ${dayOf("e.latest", dialect)} AS d1`;
  const parts = [`SELECT ${event}, 'all' AS dim, '' AS member FROM events e WHERE e.deleted_at IS NULL`];
  for (const { dim, table, column } of LINKS) {
    parts.push(`SELECT ${event}, '${dim}', ${text(`l.${column}`)} FROM events e JOIN ${table} l ON l.event_id = e.id WHERE e.deleted_at IS NULL`);
    parts.push(`SELECT ${event}, '${dim}', '_none' FROM events e WHERE e.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM ${table} l WHERE l.event_id = e.id)`);
  }
  return `INSERT INTO event_counts (${COLUMNS})
SELECT g.edge, 0, CASE g.edge WHEN 0 THEN u.d0 ELSE u.d1 END, u.dim, u.member, u.status, ${importanceSums(dialect)}
FROM (
${parts.join("\nUNION ALL\n")}
) u CROSS JOIN (SELECT 0 AS edge UNION ALL SELECT 1) g
GROUP BY g.edge, u.dim, u.status, CASE g.edge WHEN 0 THEN u.d0 ELSE u.d1 END, u.member
${KEY_ORDER}`;
}

/** '_links' day rows: one per link, so the sum of the dim's member rows. */
const insertLinksRowsSql = `INSERT INTO event_counts (${COLUMNS})
SELECT edge, grain, period, dim, '_links', status, ${SUM_COLUMNS}
FROM event_counts
WHERE grain = 0 AND dim IN ('topic', 'actor', 'country') AND member <> '_none'
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

/** The INSERT statements that fill an empty event_counts (the migration's backfill). */
export function fillEventCountsSql(dialect: CountsDialect): string[] {
  return [insertDayRowsSql(dialect), insertLinksRowsSql, insertMonthRowsSql(dialect), insertYearRowsSql];
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
