/**
 * The shapes the trigger generators return, and the helpers that spell triggers and functions alike in every file
 * (PostgreSQL's quoting above all). Each derived table's file (search.ts, event-counts.ts, event-pair-counts.ts,
 * event-link-days.ts) lists its objects once per dialect; index.ts turns every list into the one migration that
 * drops and recreates them all.
 */
import type { CountsDialect } from "../count-period-sql";

export type Dialect = CountsDialect;

/**
 * An object the trigger migration drops. Functions carry their argument list and triggers their table, because
 * PostgreSQL drops a function by its signature and a trigger by its table.
 */
export type DroppedObject =
  | { kind: "trigger"; name: string; table: string }
  | { kind: "function"; name: string; args: string }
  | { kind: "type"; name: string };

/** An object the trigger migration creates, with the statement that creates it. */
export type TriggerObject = DroppedObject & { sql: string };

/** Everything that keeps one derived table (or a family of them) in step with the events, on each database. */
export interface TriggerSet {
  /** What the objects keep, and where they come from: the migration's section heading. */
  name: string;
  source: string;
  sqlite: () => TriggerObject[];
  postgres: () => TriggerObject[];
}

/**
 * A PL/pgSQL body as the migration must spell it. Prisma's PostgreSQL driver adapter splits a migration at every
 * semicolon, quoted or not, so the body is an E'' string with each semicolon written as the octal escape \073
 * (PostgreSQL stores the plain semicolon). Dollar quoting would not help: the split ignores quotes.
 */
export function plpgsql(body: string): string {
  const escaped = body.replaceAll("\\", "\\\\").replaceAll("'", "''").replaceAll(";", "\\073");
  return `E'\n${escaped}'`;
}

export type TriggerEvent = "INSERT" | "UPDATE" | "DELETE";

/** The triggers that keep a derived table from events, by name prefix: what a bulk write switches off. */
export const DERIVED_TRIGGER_PREFIXES = ["event_search_", "event_counts_", "event_actor_kinds_", "event_changes_"] as const;

/**
 * PostgreSQL: a transaction that sets this (SET LOCAL chronicle.derived_in_bulk = 'on') writes events without the
 * derived tables' triggers, and writes their derived rows itself, set-based (lib/db/events-derived-rows-sql.ts).
 * Every derived trigger's WHEN checks it; other transactions, on any connection, are never affected.
 */
export const BULK_SWITCH = "chronicle.derived_in_bulk";
const NOT_IN_BULK = `current_setting('${BULK_SWITCH}', true) IS DISTINCT FROM 'on'`;

/**
 * PostgreSQL triggers that stand down under BULK_SWITCH: the derived ones, and event_search_fields' too, which follow
 * event_search whoever writes it (the synthetic loader, switching triggers off by name, keeps them). A bulk write
 * writes those rows with its documents: an import from lexemes built in Node (lib/db/search-documents-sql.ts).
 */
const BULK_SWITCHED_PREFIXES = [...DERIVED_TRIGGER_PREFIXES, "search_fields_"] as const;

/** The WHEN condition a trigger called `name` fires under: derived ones stand down while a bulk write runs. */
export function postgresTriggerCondition(name: string, condition?: string): string {
  const derived = BULK_SWITCHED_PREFIXES.some((prefix) => name.startsWith(prefix));
  const conditions = [condition, derived ? NOT_IN_BULK : undefined].filter(Boolean);
  return conditions.length ? ` WHEN (${conditions.join(" AND ")})` : "";
}

/**
 * A statement-level AFTER trigger with its transition tables (new_rows, old_rows): a bulk statement runs the
 * function once, not once per row.
 */
export function postgresStatementTrigger(name: string, table: string, event: TriggerEvent, fn: string): TriggerObject {
  const referencing = {
    INSERT: "NEW TABLE AS new_rows",
    UPDATE: "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    DELETE: "OLD TABLE AS old_rows",
  }[event];
  return {
    kind: "trigger",
    name,
    table,
    sql: `CREATE TRIGGER "${name}" AFTER ${event} ON "${table}"
    REFERENCING ${referencing} FOR EACH STATEMENT${postgresTriggerCondition(name)} EXECUTE FUNCTION ${fn}();`,
  };
}

/** A PL/pgSQL function that returns trigger. */
export function postgresTriggerFunction(name: string, body: string): TriggerObject {
  return { kind: "function", name, args: "", sql: `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS ${plpgsql(body)};` };
}

/** A SQL-language helper whose body holds no semicolon (a single statement), so dollar quoting survives the split. */
export function postgresSqlFunction(name: string, args: string, returns: string, attributes: string, body: string): TriggerObject {
  const language = ["LANGUAGE sql", attributes, "AS $fn$"].filter(Boolean).join(" ");
  return { kind: "function", name, args, sql: `CREATE FUNCTION ${name}(${args}) RETURNS ${returns}\n${language}\n${body}\n$fn$;` };
}

/** A SQLite trigger: the whole CREATE TRIGGER … END statement. */
export function sqliteTrigger(name: string, table: string, sql: string): TriggerObject {
  return { kind: "trigger", name, table, sql };
}

/**
 * For a derived table whose rows are rewritten per event: `${prefix}_refresh(ids integer[])` runs `rewrite` (statements
 * on the events `ids`), and `${prefix}_on_link_change()`, for statement triggers on a link table, refreshes every event
 * the statement touched (a link moved to another event refreshes both).
 */
export function postgresEventRefresh(prefix: string, rewrite: string): { refresh: TriggerObject; onLinkChange: TriggerObject } {
  const refresh = `${prefix}_refresh`;
  return {
    refresh: {
      kind: "function",
      name: refresh,
      args: "ids integer[]",
      sql: `CREATE FUNCTION ${refresh}(ids integer[]) RETURNS void LANGUAGE plpgsql AS ${plpgsql(`BEGIN\n${rewrite}\nEND`)};`,
    },
    onLinkChange: postgresTriggerFunction(`${prefix}_on_link_change`, `BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM ${refresh}(ARRAY(SELECT DISTINCT event_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM ${refresh}(ARRAY(SELECT DISTINCT event_id FROM old_rows));
    ELSE
        PERFORM ${refresh}(ARRAY(SELECT event_id FROM new_rows UNION SELECT event_id FROM old_rows));
    END IF;
    RETURN NULL;
END`),
  };
}
