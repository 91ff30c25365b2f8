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
/** The UTC day number of 1 January of an astronomical year (setUTCFullYear, unlike Date.UTC, keeps the years 0–99). */
const firstDayOfYear = (year: number) => new Date(0).setUTCFullYear(year, 0, 1) / 86_400_000;
/** The days of the years 1–9999, where both databases' date functions agree: [first, end). */
export const COMMON_ERA_DAYS = { first: firstDayOfYear(1), end: firstDayOfYear(10000) } as const;

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

/** year * 100 + month of a UTC day number in the years 1–9999, where both databases' date functions agree. */
function yearMonthOfCommonEraDay(day: string, dialect: CountsDialect): string {
  return dialect === "postgres"
    ? `(extract(year FROM DATE '1970-01-01' + ${day}) * 100 + extract(month FROM DATE '1970-01-01' + ${day}))::integer`
    : `CAST(strftime('%Y%m', ${day} * 86400, 'unixepoch') AS INTEGER)`;
}

/** 9999 BCE to 4801 BCE move by 25 cycles (to the years 2–5200), 4800 BCE to 1 BCE by 13 (to 401–5200). */
const FIRST_DAY_OF_YEAR_MINUS_4799 = firstDayOfYear(-4799);

/**
 * Month period (astronomical year * 12 + month - 1) of a UTC day number. SQLite's date functions stop at the years
 * 0000–9999 and PostgreSQL has no year 0 (1 BC reads as -1): outside the years 1–9999 the day is moved by whole
 * 400-year cycles (146097 days each, the calendar repeating exactly) and the months moved back.
 */
export function monthIndexOfDay(day: string, dialect: CountsDialect): string {
  const at = (cycles: number) => {
    const shifted = cycles === 0 ? day : `(${day} ${cycles > 0 ? "+" : "-"} ${Math.abs(cycles) * CYCLE_DAYS})`;
    const ym = yearMonthOfCommonEraDay(shifted, dialect);
    const months = `(${ym}) / 100 * 12 + (${ym}) % 100 - 1`;
    return cycles === 0 ? months : `${months} ${cycles > 0 ? "-" : "+"} ${Math.abs(cycles) * 4800}`;
  };
  return `CASE WHEN ${day} < ${FIRST_DAY_OF_YEAR_MINUS_4799} THEN ${at(25)} WHEN ${day} < ${COMMON_ERA_DAYS.first} THEN ${at(13)}
        WHEN ${day} >= ${COMMON_ERA_DAYS.end} THEN ${at(-1)} ELSE ${at(0)} END`;
}

/** Month period of a day period, sentinels kept. */
export function monthOfDay(day: string, dialect: CountsDialect): string {
  return `CASE WHEN ${day} IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN ${day} ELSE ${monthIndexOfDay(day, dialect)} END`;
}

/** floor(n / by) for integers: both databases' integer division truncates toward zero, months before year 0 are negative. */
export function floorDiv(n: string, by: number): string {
  return `CASE WHEN ${n} >= 0 THEN ${n} / ${by} ELSE (${n} - ${by - 1}) / ${by} END`;
}

/** Year period of a month period, sentinels kept. */
export function yearOfMonth(month: string): string {
  return `CASE WHEN ${month} IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN ${month} ELSE ${floorDiv(month, 12)} END`;
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
