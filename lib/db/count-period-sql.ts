/**
 * SQL pieces shared by the derived count tables (event_counts, event_pair_counts, event_link_days), their bulk
 * rebuilds and their triggers (lib/db/triggers): periods of a bound (UTC day, month, year, with the sentinels of
 * unknown starts and ongoing ends), importance sums, topic sets, and LINKS, the kinds of link an event has, which
 * every repetitive part loops over. Migrations contain the text these produce, so changing one changes what a
 * rebuild writes and, once a new trigger migration is printed, what the triggers write.
 */
export type CountsDialect = "sqlite" | "postgres";

/** Period of an unknown start (DATE_MIN) or an ongoing end (DATE_MAX), the same at every grain. */
export const BEFORE_ALL = -100000000;
export const AFTER_ALL = 100000000;

const CYCLE_DAYS = 146097;
const FIRST_DAY_OF_YEAR_1 = -719162;
const FIRST_DAY_OF_YEAR_10000 = 2932897;

export const SUM_COLUMNS = "sum(n1), sum(n2), sum(n3), sum(n4), sum(n5)";

export const LINKS = [
  { dim: "topic", table: "event_topics", column: "topic_id" },
  { dim: "actor", table: "event_actors", column: "actor_id" },
  { dim: "country", table: "event_countries", column: "country_code" },
] as const;

export type Link = (typeof LINKS)[number];

/** The link whose members also count as a set (event_counts' 'topicset' rows) and pair with every link by period. */
export const TOPIC_LINK = LINKS[0];

/** Links with day rows in event_counts: not actors, whose thousands of members by day would outweigh everything else. */
export const DAY_ROW_LINKS: readonly Link[] = LINKS.filter((link) => link.dim !== "actor");

/** Day period of a bound: the sentinels read on the bound, the day (floored) of the instant `at`. */
export function dayPeriod(bound: string, at: string, dialect: CountsDialect): string {
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
export function monthOfDay(day: string, dialect: CountsDialect): string {
  const ym = yearMonthOfDay(day, dialect);
  return `CASE WHEN ${day} IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN ${day} ELSE (${ym}) / 100 * 12 + (${ym}) % 100 - 1 END`;
}

export function yearOfMonth(month: string): string {
  return `CASE WHEN ${month} IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN ${month} ELSE ${month} / 12 END`;
}

export function importanceSums(dialect: CountsDialect): string {
  return [1, 2, 3, 4, 5]
    .map((n) => (dialect === "postgres" ? `count(*) FILTER (WHERE u.importance = ${n})` : `sum(u.importance = ${n})`))
    .join(", ");
}

export function text(column: string, dialect: CountsDialect): string {
  return dialect === "postgres" ? `${column}::text` : `CAST(${column} AS TEXT)`;
}

/** ",3,17,40,": an event's topic ids in numeric order, from event_topics grouped by event_id. */
export function topicSetOf(topicId: string, dialect: CountsDialect): string {
  const list = dialect === "postgres" ? `string_agg(${topicId}::text, ',' ORDER BY ${topicId})` : `group_concat(${topicId}, ',' ORDER BY ${topicId})`;
  return `',' || ${list} || ','`;
}
