/**
 * event_link_days (migration 20261126100000_event_link_days): one row per link of a non-deleted event (its topic,
 * actor or country), keyed by the link's member, the event's status and its first day, with its last day, its
 * importance and all of the event's links packed (topics, actors, countries: JSON arrays of text on SQLite, text[]
 * on PostgreSQL).
 *
 * The count tables hold months and years. Days, a week bucket or the partial months at the ends of a window, were
 * counted from the events: a busy topic's year in week buckets read a large share of the year's events by date,
 * probed each for the topic, then each match for its lanes (BENCHMARKS.md, “The one-year window under a topic
 * filter”). Here one member's starts are a range of its own rows, and their lanes are in the row.
 *
 * Triggers keep it (lib/db/triggers/event-link-days.ts): any change to an event's bounds, status, importance or
 * deletion, or to one of its links, rewrites that event's rows with linkDayRowsSql. The bulk loaders switch them off
 * (they are named event_counts_* like the other count triggers) and refill the table with rebuildEventLinkDaysSql.
 */
import { dayOf, lastDayOf, LINKS, text, type CountsDialect } from "./count-period-sql";

/** The column of a row that packs the event's links of a kind. */
export const PACKED_LINKS = { topic: "topics", actor: "actors", country: "countries" } as const;

export const LINK_DAY_COLUMNS = "dim, member, status, first_day, event_id, last_day, importance, topics, actors, countries";

/** An event's links of one kind, packed. */
function packedLinks(dialect: CountsDialect, table: string, column: string, event: string): string {
  return dialect === "postgres"
    ? `ARRAY(SELECT ${text(column, dialect)} FROM ${table} WHERE event_id = ${event})`
    : `(SELECT json_group_array(${text(column, dialect)}) FROM ${table} WHERE event_id = ${event})`;
}

/**
 * The rows of the non-deleted events that `where` (on events e) selects, in key order. The event's values are
 * computed once, then joined to each of its links.
 */
export function linkDayRowsSql(dialect: CountsDialect, where: string, ordered = true): string {
  const packed = LINKS.map(({ dim, table, column }) => `${packedLinks(dialect, table, column, "e.id")} AS ${PACKED_LINKS[dim]}`).join(", ");
  const events = `SELECT e.id, e.status, e.importance, ${dayOf("e.earliest", dialect)} AS first_day, ${lastDayOf("e.latest", dialect)} AS last_day, ${packed}
    FROM events e WHERE e.deleted_at IS NULL AND ${where}`;
  const links = LINKS.map(({ dim, table, column }) => `SELECT event_id, '${dim}' AS dim, ${text(column, dialect)} AS member FROM ${table}`).join(" UNION ALL ");
  return `SELECT l.dim, l.member, ev.status, ev.first_day, ev.id, ev.last_day, ev.importance, ev.topics, ev.actors, ev.countries
    FROM (${events}) ev JOIN (${links}) l ON l.event_id = ev.id${ordered ? "\n    ORDER BY 1, 2, 3, 4, 5" : ""}`;
}

/** Empties and refills the table from every event, for the bulk loaders (with rebuildEventCountsSql). */
export function rebuildEventLinkDaysSql(dialect: CountsDialect): string[] {
  return [
    dialect === "postgres" ? "TRUNCATE event_link_days" : "DELETE FROM event_link_days",
    `INSERT INTO event_link_days (${LINK_DAY_COLUMNS})\n${linkDayRowsSql(dialect, "1 = 1")}`,
  ];
}
