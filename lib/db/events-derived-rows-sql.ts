/**
 * The derived rows of many events written or deleted with their triggers off: an import's new events, where the
 * triggers cost more than the rows themselves (BENCHMARKS.md, “Import”), and the bench's removal of them.
 *
 * Every derived table is a sum over events (event_counts, event_pair_counts) or a few rows per event (event_link_days,
 * event_actor_kinds, the search index, the change log). So what a set of new events adds is exactly what the bulk
 * fill writes into a database that holds only those events, and that is how it is computed: the events and their
 * links are copied into TEMP tables (bulk_events, bulk_event_topics, …), the migrations' own fill statements
 * (lib/db/event-counts-sql.ts and the files it names) run with their tables renamed to those copies, and their result
 * is added to the real tables (or taken away). No second formula to keep in step with the triggers; the tests compare
 * every derived table with a full rebuild after imports.
 *
 * The copies have names of their own rather than shadowing the real tables (temp is searched first): a read on the
 * same connection while the import runs must still find the real ones.
 *
 * How the triggers are kept off: SQLite drops and recreates them inside the transaction (it has no session setting
 * a trigger could read); PostgreSQL sets BULK_SWITCH for the transaction, which every derived trigger's WHEN reads.
 * Run the statements in order, inside the transaction that writes the events, once the events' links are stored.
 */
import { actorKindRowsSql } from "./event-actor-kinds-sql";
import { fillEventCountsSql } from "./event-counts-sql";
import { LINK_DAY_COLUMNS, linkDayRowsSql } from "./event-link-days-sql";
import { fillEventPairCountsSql, fillEventPairEdgeRowsSql } from "./event-pair-counts-sql";
import { LINKS, type CountsDialect } from "./count-period-sql";
import { postgresSearchDocumentsSql } from "./search-documents-sql";
import { sourceTitles } from "./triggers/search";
import { BULK_SWITCH, DERIVED_TRIGGER_PREFIXES } from "./triggers/trigger-sql";

/** SQLite: the derived triggers as installed, with the statements that create them again: (name, sql) rows. */
export const DERIVED_TRIGGERS_SQL = `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (${DERIVED_TRIGGER_PREFIXES.map((prefix) => `name GLOB '${prefix}*'`).join(" OR ")}) ORDER BY name`;

export interface InstalledTrigger {
  name: string;
  sql: string;
}

/**
 * The statements that switch the derived triggers off before a bulk write and on again after it, inside its
 * transaction. SQLite drops `installed` (DERIVED_TRIGGERS_SQL's rows) and creates them again as they were;
 * PostgreSQL sets BULK_SWITCH for the transaction.
 */
export function derivedTriggersSwitchSql(dialect: CountsDialect, installed: readonly InstalledTrigger[]): { off: string[]; on: string[] } {
  if (dialect === "postgres") return { off: [`SET LOCAL ${BULK_SWITCH} = 'on'`], on: [`SET LOCAL ${BULK_SWITCH} = 'off'`] };
  return { off: installed.map(({ name }) => `DROP TRIGGER "${name}"`), on: installed.map(({ sql }) => sql) };
}

const IMPORTANCES = [1, 2, 3, 4, 5].map((n) => `n${n}`);
const SUMMED = [
  { table: "event_counts", columns: "edge, grain, period, dim, member, status", key: "edge, dim, status, grain, period, member" },
  { table: "event_pair_counts", columns: "dim, member, dim2, grain, member2, period, status", key: "dim, member, dim2, grain, member2, period, status" },
] as const;
const PER_EVENT = [
  { table: "event_link_days", columns: LINK_DAY_COLUMNS },
  { table: "event_actor_kinds", columns: "event_id, kind" },
] as const;

const EVENT_COLUMNS = "id, status, importance, earliest, latest, deleted_at";
const COPIED = ["events", ...LINKS.map(({ table }) => table), ...SUMMED.map(({ table }) => table), ...PER_EVENT.map(({ table }) => table)];
const copyOf = (table: string) => `bulk_${table}`;
const COPIED_NAME = new RegExp(`(?<![."\\w])(${COPIED.join("|")})(?![\\w"])`, "g");
const BULK_IDS = `SELECT id FROM ${copyOf("events")}`;

/** A fill statement reading and writing the copies: every unquoted, unqualified name of a copied table renamed. */
export function onCopies(sql: string): string {
  return sql.replace(COPIED_NAME, (table) => copyOf(table));
}

function copiesSql(dialect: CountsDialect, events: string): string[] {
  // A temp index lives in the temp schema: SQLite wants it named there, PostgreSQL puts it there itself.
  const index = (table: string, column: string) => `CREATE INDEX ${dialect === "sqlite" ? "temp." : ""}${copyOf(table)}_${column} ON ${copyOf(table)} (${column})`;
  return [
    // Only what the fills read: a copy of whole rows (texts and all) made dropping it take seconds at a million events.
    `CREATE TEMP TABLE ${copyOf("events")} AS SELECT ${EVENT_COLUMNS} FROM events WHERE ${events}`,
    index("events", "id"),
    ...LINKS.flatMap(({ table }) => [`CREATE TEMP TABLE ${copyOf(table)} AS SELECT l.* FROM ${table} l WHERE l.event_id IN (${BULK_IDS})`, index(table, "event_id")]),
    ...[...SUMMED, ...PER_EVENT].map(({ table }) => `CREATE TEMP TABLE ${copyOf(table)} AS SELECT * FROM ${table} WHERE 1 = 0`),
  ];
}

function fillsSql(dialect: CountsDialect): string[] {
  return [
    `INSERT INTO event_actor_kinds (event_id, kind) ${actorKindRowsSql("1 = 1")}`,
    ...fillEventCountsSql(dialect),
    ...fillEventPairCountsSql(dialect),
    ...fillEventPairEdgeRowsSql(dialect),
    `INSERT INTO event_link_days (${LINK_DAY_COLUMNS})\n${linkDayRowsSql(dialect, "1 = 1")}`,
  ].map(onCopies);
}

/** The copies' sums added to (or, negated, taken from) the real tables' rows of the same keys. */
function mergeSumsSql(dialect: CountsDialect, sign: "" | "-"): string[] {
  return SUMMED.map(({ table, columns, key }) => {
    const values = `${columns}, ${IMPORTANCES.map((n) => `${sign}${n}`).join(", ")}`;
    // SQLite: WHERE true, or ON CONFLICT would parse as the SELECT's join constraint.
    return dialect === "sqlite"
      ? `INSERT INTO ${table} (${columns}, ${IMPORTANCES.join(", ")}) SELECT ${values} FROM ${copyOf(table)} WHERE true ORDER BY ${key}
ON CONFLICT (${key}) DO UPDATE SET ${IMPORTANCES.map((n) => `${n} = ${n} + excluded.${n}`).join(", ")}`
      : `INSERT INTO ${table} AS c (${columns}, ${IMPORTANCES.join(", ")}) SELECT ${values} FROM ${copyOf(table)} ORDER BY ${key}
ON CONFLICT (${key}) DO UPDATE SET ${IMPORTANCES.map((n) => `${n} = c.${n} + EXCLUDED.${n}`).join(", ")}`;
  });
}

/** PostgreSQL: event_search_fields' rows, whose triggers stand down in bulk too, from the documents just written. */
const SEARCH_FIELDS_SQL = `INSERT INTO event_search_fields (event_id, fields)
  SELECT event_id, event_search_field_lexemes(document) FROM event_search WHERE event_id IN (${BULK_IDS})
  ON CONFLICT (event_id) DO UPDATE SET fields = EXCLUDED.fields`;

function searchSql(dialect: CountsDialect, change: "add" | "remove"): string[] {
  if (change === "remove") {
    return dialect === "sqlite"
      ? [`DELETE FROM event_search WHERE rowid IN (${BULK_IDS})`]
      : [`DELETE FROM event_search WHERE event_id IN (${BULK_IDS})`, `DELETE FROM event_search_fields WHERE event_id IN (${BULK_IDS})`];
  }
  // PostgreSQL: the bulk loader's documents, a third of the triggers' refresh at 100,000 events.
  return dialect === "sqlite"
    ? [`INSERT INTO event_search (rowid, title, summary, sources, body) SELECT e.id, e.title, e.summary, ${sourceTitles("e.id")}, e.body FROM events e WHERE e.id IN (${BULK_IDS})`]
    : [postgresSearchDocumentsSql(`e.id IN (${BULK_IDS})`), SEARCH_FIELDS_SQL];
}

/**
 * `events` selects the events (a condition on events' columns, e.g. `import_batch_id = 12`). "add": they were just
 * written, links and sources included, and their rows are added. "remove": they are about to be deleted outright,
 * and their rows are taken away; run the statements before the DELETE, which must run with the triggers still off.
 * "trash": they are about to be soft-deleted (deleted_at set), which takes them out of the counts and the link days
 * but, as the triggers do, leaves their actor kinds and search documents (readers filter deleted events out).
 */
export function eventsDerivedRowsSql(dialect: CountsDialect, events: string, change: "add" | "remove" | "trash", options: { searchDocuments?: boolean } = {}): string[] {
  const perEvent =
    change === "add"
      ? PER_EVENT.map(({ table, columns }) => `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${copyOf(table)}`)
      : PER_EVENT.filter(({ table }) => change === "remove" || table === "event_link_days").map(({ table }) => `DELETE FROM ${table} WHERE event_id IN (${BULK_IDS})`);
  return [
    ...copiesSql(dialect, events),
    ...fillsSql(dialect),
    ...mergeSumsSql(dialect, change === "add" ? "" : "-"),
    ...perEvent,
    // searchDocuments false: the caller adds the documents itself (an import, from what it wrote: writeSearchDocuments).
    ...(change === "trash" || (change === "add" && options.searchDocuments === false) ? [] : searchSql(dialect, change)),
    `INSERT INTO event_changes (event_id) ${BULK_IDS} ORDER BY id`,
    ...COPIED.map((table) => `DROP TABLE ${copyOf(table)}`),
  ];
}
