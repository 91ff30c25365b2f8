/**
 * The derived rows of many events written or deleted with their triggers off: an import's new events on SQLite,
 * where the row triggers cost more than the rows themselves (BENCHMARKS.md, “Import”), and the bench's removal of them.
 *
 * Every derived table is a sum over events (event_counts, event_pair_counts) or a few rows per event (event_link_days,
 * event_actor_kinds, the search index, the change log). So what a set of new events adds is exactly what the bulk
 * fill writes into a database that holds only those events, and that is how it is computed: the events and their
 * links are copied into TEMP tables (bulk_events, bulk_event_topics, …), the migrations' own fill statements
 * (lib/db/event-counts-sql.ts and the files it names) run with their tables renamed to those copies, and their result
 * is added to the real tables (or taken away). No second formula to keep in step with the triggers; the tests compare every derived
 * table with its reference after an import.
 *
 * The copies have names of their own rather than shadowing main's (temp is searched first): a read on the same
 * connection while the import runs must still find the real tables.
 *
 * Run the statements in order, inside the transaction that wrote the events, once the events' links are stored.
 */
import { actorKindRowsSql } from "./event-actor-kinds-sql";
import { fillEventCountsSql } from "./event-counts-sql";
import { LINK_DAY_COLUMNS, linkDayRowsSql } from "./event-link-days-sql";
import { fillEventPairCountsSql, fillEventPairEdgeRowsSql } from "./event-pair-counts-sql";
import { LINKS } from "./count-period-sql";
import { sourceTitles } from "./triggers/search";

/** The generated triggers these statements stand in for, by name (lib/db/triggers/index.ts keeps the prefixes). */
export const DERIVED_TRIGGER_GLOBS = ["event_search_*", "event_counts_*", "event_actor_kinds_*", "event_changes_*"] as const;

/** Those triggers as installed, with the statements that create them again: (name, sql) rows. */
export const DERIVED_TRIGGERS_SQL = `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (${DERIVED_TRIGGER_GLOBS.map((glob) => `name GLOB '${glob}'`).join(" OR ")}) ORDER BY name`;

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

/** A fill statement reading and writing the copies: every unquoted, unqualified name of a copied table renamed. */
export function onCopies(sql: string): string {
  return sql.replace(COPIED_NAME, (table) => copyOf(table));
}

/**
 * `events` selects the events among main.events: a condition on its columns, e.g. `import_batch_id = 12`.
 * "add": they were just written (links and sources included) and their rows are added. "remove": they are about to
 * be deleted outright, and their rows are taken away; run the statements before the DELETE, which must then run
 * with the triggers still off.
 */
export function eventsDerivedRowsSql(events: string, change: "add" | "remove"): string[] {
  const sign = change === "add" ? "" : "-";
  const bulkIds = `SELECT id FROM temp.${copyOf("events")}`;
  const copies = [
    // Only what the fills read: a copy of whole rows (texts and all) made dropping it take seconds at a million events.
    `CREATE TEMP TABLE ${copyOf("events")} AS SELECT ${EVENT_COLUMNS} FROM main.events WHERE ${events}`,
    `CREATE INDEX temp.${copyOf("events")}_id ON ${copyOf("events")} (id)`,
    ...LINKS.flatMap(({ table }) => [
      `CREATE TEMP TABLE ${copyOf(table)} AS SELECT l.* FROM main.${table} l WHERE l.event_id IN (SELECT id FROM temp.${copyOf("events")})`,
      `CREATE INDEX temp.${copyOf(table)}_event_id ON ${copyOf(table)} (event_id)`,
    ]),
    ...[...SUMMED, ...PER_EVENT].map(({ table }) => `CREATE TEMP TABLE ${copyOf(table)} AS SELECT * FROM main.${table} WHERE 0`),
  ];
  const fills = [
    `INSERT INTO event_actor_kinds (event_id, kind) ${actorKindRowsSql("1 = 1")}`,
    ...fillEventCountsSql("sqlite"),
    ...fillEventPairCountsSql("sqlite"),
    ...fillEventPairEdgeRowsSql("sqlite"),
    `INSERT INTO event_link_days (${LINK_DAY_COLUMNS})\n${linkDayRowsSql("sqlite", "1 = 1")}`,
  ].map(onCopies);
  // WHERE true: without it SQLite would parse ON CONFLICT as the SELECT's join constraint.
  const merges = [
    ...SUMMED.map(({ table, columns, key }) => `INSERT INTO main.${table} (${columns}, ${IMPORTANCES.join(", ")})
SELECT ${columns}, ${IMPORTANCES.map((n) => `${sign}${n}`).join(", ")} FROM temp.${copyOf(table)} WHERE true ORDER BY ${key}
ON CONFLICT (${key}) DO UPDATE SET ${IMPORTANCES.map((n) => `${n} = ${n} + excluded.${n}`).join(", ")}`),
    ...(change === "add"
      ? [
          ...PER_EVENT.map(({ table, columns }) => `INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM temp.${copyOf(table)}`),
          `INSERT INTO main.event_search (rowid, title, summary, sources, body) SELECT e.id, e.title, e.summary, ${sourceTitles("e.id")}, e.body FROM main.events e WHERE e.id IN (${bulkIds})`,
        ]
      : [
          ...PER_EVENT.map(({ table }) => `DELETE FROM main.${table} WHERE event_id IN (${bulkIds})`),
          `DELETE FROM main.event_search WHERE rowid IN (${bulkIds})`,
        ]),
    `INSERT INTO main.event_changes (event_id) ${bulkIds} ORDER BY id`,
  ];
  const drops = COPIED.map((table) => `DROP TABLE temp.${copyOf(table)}`);
  return [...copies, ...fills, ...merges, ...drops];
}
