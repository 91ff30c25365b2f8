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
 * Triggers keep it: any change to an event's bounds, status, importance or deletion, or to one of its links,
 * rewrites that event's rows (a few: one per link). The bulk loaders switch them off (they are named event_counts_*
 * like the other count triggers) and refill the table with rebuildEventLinkDaysSql.
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

/** Rewrites event `x`'s rows (SQLite trigger body statements). */
function sqliteRefresh(x: string): string {
  return `    DELETE FROM event_link_days WHERE event_id = ${x};
    INSERT INTO event_link_days (${LINK_DAY_COLUMNS})
    ${linkDayRowsSql("sqlite", `e.id = ${x}`, false)};`;
}

/** The SQLite triggers, as migration 20261126100000_event_link_days holds them (a unit test keeps the two identical). */
export function sqliteLinkDayTriggersSql(): string {
  const trigger = (name: string, when: string, body: string) => `CREATE TRIGGER "event_counts_days_${name}" ${when}\nBEGIN\n${body}\nEND;`;
  const triggers = [
    trigger("after_event_insert", `AFTER INSERT ON "events"`, sqliteRefresh("NEW.id")),
    trigger("after_event_update", `AFTER UPDATE OF earliest, latest, status, importance, deleted_at ON "events"`, sqliteRefresh("NEW.id")),
    trigger("after_event_delete", `AFTER DELETE ON "events"`, "    DELETE FROM event_link_days WHERE event_id = OLD.id;"),
  ];
  for (const { dim, table } of LINKS) {
    triggers.push(
      trigger(`after_${dim}_insert`, `AFTER INSERT ON "${table}"`, sqliteRefresh("NEW.event_id")),
      trigger(`after_${dim}_update`, `AFTER UPDATE ON "${table}"`, `${sqliteRefresh("OLD.event_id")}\n${sqliteRefresh("NEW.event_id")}`),
      trigger(`after_${dim}_delete`, `AFTER DELETE ON "${table}"`, sqliteRefresh("OLD.event_id")),
    );
  }
  return triggers.join("\n\n");
}

/** PostgreSQL: a function that rewrites some events' rows, and statement triggers that call it (migration text). */
export function postgresLinkDayTriggersSql(): string {
  // The migration runner splits on semicolons: the bodies are E'' strings with \073 for them.
  const quoted = (sql: string) => sql.replaceAll("'", "''");
  const refresh = `CREATE FUNCTION event_counts_days_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
    DELETE FROM event_link_days WHERE event_id = ANY(ids)\\073
    INSERT INTO event_link_days (${LINK_DAY_COLUMNS})
    ${quoted(linkDayRowsSql("postgres", "e.id = ANY(ids)", false))}\\073
END';`;
  const changed = "(o.earliest, o.latest, o.status, o.importance, o.deleted_at) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at)";
  const onEvent = `CREATE FUNCTION event_counts_days_on_event_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_days_refresh(ARRAY(SELECT id FROM new_rows))\\073
    ELSIF TG_OP = ''DELETE'' THEN
        DELETE FROM event_link_days WHERE event_id IN (SELECT id FROM old_rows)\\073
    ELSE
        PERFORM event_counts_days_refresh(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${changed}))\\073
    END IF\\073
    RETURN NULL\\073
END';`;
  const onLink = `CREATE FUNCTION event_counts_days_on_link_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    IF TG_OP = ''INSERT'' THEN
        PERFORM event_counts_days_refresh(ARRAY(SELECT DISTINCT event_id FROM new_rows))\\073
    ELSIF TG_OP = ''DELETE'' THEN
        PERFORM event_counts_days_refresh(ARRAY(SELECT DISTINCT event_id FROM old_rows))\\073
    ELSE
        PERFORM event_counts_days_refresh(ARRAY(SELECT event_id FROM new_rows UNION SELECT event_id FROM old_rows))\\073
    END IF\\073
    RETURN NULL\\073
END';`;
  const trigger = (name: string, table: string, op: "INSERT" | "UPDATE" | "DELETE", fn: string) => {
    const referencing = op === "INSERT" ? "NEW TABLE AS new_rows" : op === "DELETE" ? "OLD TABLE AS old_rows" : "OLD TABLE AS old_rows NEW TABLE AS new_rows";
    return `CREATE TRIGGER "event_counts_days_${name}" AFTER ${op} ON "${table}"
    REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`;
  };
  const triggers = (["INSERT", "UPDATE", "DELETE"] as const).map((op) => trigger(`after_event_${op.toLowerCase()}`, "events", op, "event_counts_days_on_event_change"));
  for (const { dim, table } of LINKS) {
    for (const op of ["INSERT", "UPDATE", "DELETE"] as const) triggers.push(trigger(`after_${dim}_${op.toLowerCase()}`, table, op, "event_counts_days_on_link_change"));
  }
  return [refresh, onEvent, onLink, ...triggers].join("\n\n");
}
