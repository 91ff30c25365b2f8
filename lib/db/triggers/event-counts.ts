/**
 * The triggers that keep event_counts (its layout: migration 20261124150000_event_counts; its bulk rebuild:
 * lib/db/event-counts-sql.ts). Every write of an event or of one of its links adds its rows with sign 1 and takes
 * them away with sign -1, so the table stays exact without ever being recounted.
 *
 * SQLite: row triggers that compute the rows of one event inline (SQLite allows no WITH in a trigger body).
 * PostgreSQL: statement triggers that hand their transition tables to SQL functions, so that a bulk statement costs
 * one grouped upsert; the link functions count what the statement changed, net, so a statement that removes and
 * re-adds a link moves nothing. Both dialects write the same rows.
 */
import {
  AFTER_ALL,
  BEFORE_ALL,
  DAY_ROW_LINKS,
  dayPeriod,
  LINKS,
  text,
  TOPIC_LINK,
  topicSetOf,
  yearOfMonth,
  monthIndexOfDay,
  type Link,
} from "../count-period-sql";
import {
  postgresSqlFunction,
  postgresStatementTrigger,
  postgresTriggerCondition,
  postgresTriggerFunction,
  sqliteTrigger,
  type TriggerObject,
  type TriggerSet,
} from "./trigger-sql";

const COLUMNS = "edge, grain, period, dim, member, status, n1, n2, n3, n4, n5";
const KEY = "edge, dim, status, grain, period, member";
const IMPORTANCES = [1, 2, 3, 4, 5];
const ALL_GRAINS = [0, 1, 2, 3];

/** Links without day rows are kept out of grain 0 (see DAY_ROW_LINKS). */
function dayRowsOnly(grain: string, dim: string): string {
  const without = LINKS.filter((link) => !DAY_ROW_LINKS.includes(link));
  return without.length ? `${grain} > 0 OR ${without.map((link) => `${dim} <> '${link.dim}'`).join(" AND ")}` : "true";
}

// ---------------------------------------------------------------------------------------------------------------
// SQLite

/** Where a trigger reads the event's values: the trigger row itself, or the live event a link belongs to. */
interface EventSource {
  row: string;
  from: string;
  where: string;
}

const triggerRow = (row: "new" | "old"): EventSource => ({ row, from: "", where: `${row}.deleted_at IS NULL` });
const linkedEvent = (eventId: string): EventSource => ({ row: "e", from: "events e, ", where: `e.id = ${eventId} AND e.deleted_at IS NULL` });

/** The (edge, grain) grid as a subquery of literal rows. */
function sqliteGrid(grains: number[]): string {
  const cells = [0, 1].flatMap((edge) => grains.map((grain) => [edge, grain] as const));
  return `(${cells.map(([edge, grain], i) => (i === 0 ? `SELECT ${edge} AS edge, ${grain} AS grain` : `SELECT ${edge}, ${grain}`)).join(" UNION ALL ")})`;
}

/**
 * Upserts sign * one event's rows for the members `members` selects (dim, member, sign) at every (edge, grain) of
 * `grains`. The day is read on the bound minus the edge: edge 1 counts at the last day, latest − 1 ms.
 */
function sqliteApply(source: EventSource, grains: number[], members: string, where: string): string {
  const month = monthIndexOfDay("x.day", "sqlite");
  const day = dayPeriod("y.ms", "(y.ms - y.edge)", "sqlite");
  const r = source.row;
  return `    INSERT INTO event_counts (${COLUMNS})
    SELECT x.edge, x.grain,
        CASE WHEN x.grain = 3 THEN 0 WHEN x.grain = 0 OR x.day IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN x.day
        WHEN x.grain = 1 THEN ${month}
        ELSE ${yearOfMonth(`(${month})`)} END,
        m.dim, m.member, x.status,
        ${IMPORTANCES.map((n) => `m.sign * (x.importance = ${n})`).join(", ")}
    FROM (SELECT y.edge, y.grain, ${day} AS day, y.status, y.importance
        FROM (SELECT g.edge, g.grain, CASE g.edge WHEN 0 THEN ${r}.earliest ELSE ${r}.latest END AS ms, ${r}.status AS status, ${r}.importance AS importance
        FROM ${source.from}${sqliteGrid(grains)} g WHERE ${source.where}) y) x,
    (${members}) m
    WHERE ${where}
    ON CONFLICT (${KEY}) DO UPDATE SET ${IMPORTANCES.map((n) => `n${n} = n${n} + excluded.n${n}`).join(", ")};`;
}

const membersList = (rows: string[]) => rows.join("\n        UNION ALL ");

/** Every member of event `eventId` with its current links: 'all', each link, '_links', '_none' and the topic set. */
function sqliteEventMembers(eventId: string, sign: 1 | -1): string {
  const rows = [`SELECT 'all' AS dim, '' AS member, ${sign} AS sign`];
  for (const { dim, table, column } of LINKS) {
    rows.push(
      `SELECT '${dim}', ${text(column, "sqlite")}, ${sign} FROM ${table} WHERE event_id = ${eventId}`,
      `SELECT '${dim}', '_links', ${sign} FROM ${table} WHERE event_id = ${eventId}`,
      `SELECT '${dim}', '_none', ${sign} WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE event_id = ${eventId})`,
    );
  }
  const { table, column } = TOPIC_LINK;
  rows.push(`SELECT 'topicset', ${topicSetOf(`t.${column}`, "sqlite")}, ${sign} FROM (SELECT ${column} FROM ${table} WHERE event_id = ${eventId}) t HAVING count(*) > 0`);
  return membersList(rows);
}

function sqliteEventApply(row: "new" | "old", sign: 1 | -1): string {
  return sqliteApply(triggerRow(row), ALL_GRAINS, sqliteEventMembers(`${row}.id`, sign), dayRowsOnly("x.grain", "m.dim"));
}

function sqliteEventTriggers(): TriggerObject[] {
  return [
    sqliteTrigger("event_counts_after_event_insert", "events", `CREATE TRIGGER "event_counts_after_event_insert" AFTER INSERT ON "events" WHEN new.deleted_at IS NULL BEGIN
${sqliteEventApply("new", 1)}
END;`),
    sqliteTrigger("event_counts_after_event_update", "events", `CREATE TRIGGER "event_counts_after_event_update" AFTER UPDATE OF earliest, latest, status, importance, deleted_at ON "events"
WHEN old.earliest IS NOT new.earliest OR old.latest IS NOT new.latest OR old.status IS NOT new.status
    OR old.importance IS NOT new.importance OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
${sqliteEventApply("old", -1)}
${sqliteEventApply("new", 1)}
END;`),
    // BEFORE: the links are still there. The foreign keys' cascade removes them after the event row, and the link
    // triggers then find no live event and do nothing.
    sqliteTrigger("event_counts_before_event_delete", "events", `CREATE TRIGGER "event_counts_before_event_delete" BEFORE DELETE ON "events" WHEN old.deleted_at IS NULL BEGIN
${sqliteEventApply("old", -1)}
END;`),
  ];
}

/**
 * The rows one stored link row moves, seen from its event after the statement: the member and '_links' by `sign`,
 * '_none' the other way when the event's links of this kind went from none to one (added) or from one to none
 * (removed), and for topics the event's set, from the one it had (-1) to the one it has (1). `none` and `also`
 * narrow the '_none' and set rows: on the new side of an update within one event the old side moved them.
 */
interface LinkEdit {
  row: "new" | "old";
  sign: 1 | -1;
  none: string;
  /** Topic sets as selects of topic ids, each with its sign. */
  sets?: { select: string; sign: 1 | -1 }[];
  also?: string;
}

function sqliteLinkApply(link: Link, edit: LinkEdit): string {
  const { dim, column } = link;
  const rows = [
    `SELECT '${dim}' AS dim, ${text(`${edit.row}.${column}`, "sqlite")} AS member, ${edit.sign} AS sign`,
    `SELECT '${dim}', '_links', ${edit.sign}`,
    `SELECT '${dim}', '_none', ${-edit.sign} WHERE ${edit.none}`,
  ];
  for (const { select, sign } of edit.sets ?? []) {
    rows.push(`SELECT 'topicset', ${topicSetOf(`t.${column}`, "sqlite")}, ${sign} FROM (${select}) t HAVING count(*) > 0${edit.also ?? ""}`);
  }
  const grains = DAY_ROW_LINKS.includes(link) ? ALL_GRAINS : ALL_GRAINS.filter((grain) => grain > 0);
  return sqliteApply(linkedEvent(`${edit.row}.event_id`), grains, membersList(rows), "true");
}

function sqliteLinkTriggers(link: Link): TriggerObject[] {
  const { dim, table, column } = link;
  const isTopic = link === TOPIC_LINK;
  const linksOf = (eventId: string, extra = "") => `SELECT ${column} FROM ${table} WHERE event_id = ${eventId}${extra}`;
  const nowNone = (eventId: string) => `NOT EXISTS (SELECT 1 FROM ${table} WHERE event_id = ${eventId})`;
  const nowOne = (eventId: string) => `(SELECT count(*) FROM ${table} WHERE event_id = ${eventId}) = 1`;
  const moved = "old.event_id <> new.event_id";
  const name = (op: string) => `event_counts_after_${dim}_${op}`;

  const sets = (...sets: [string, 1 | -1][]) => (isTopic ? sets.map(([select, sign]) => ({ select, sign })) : undefined);
  const inserted: LinkEdit = {
    row: "new",
    sign: 1,
    none: nowOne("new.event_id"),
    sets: sets([linksOf("new.event_id"), 1], [linksOf("new.event_id", ` AND ${column} <> new.${column}`), -1]),
  };
  const deleted: LinkEdit = {
    row: "old",
    sign: -1,
    none: nowNone("old.event_id"),
    sets: sets([`${linksOf("old.event_id")} UNION ALL SELECT old.${column}`, -1], [linksOf("old.event_id"), 1]),
  };
  // An update is the old row deleted and the new one inserted. Within one event the old side moves the set (from
  // the one with the old link to the one with the new link) and the new side moves no set and no '_none'.
  const updatedFrom: LinkEdit = {
    row: "old",
    sign: -1,
    none: `${moved} AND ${nowNone("old.event_id")}`,
    sets: sets(
      [`${linksOf("old.event_id", ` AND NOT (old.event_id = new.event_id AND ${column} = new.${column})`)} UNION ALL SELECT old.${column}`, -1],
      [linksOf("old.event_id"), 1],
    ),
  };
  const updatedTo: LinkEdit = {
    row: "new",
    sign: 1,
    none: `${moved} AND ${nowOne("new.event_id")}`,
    sets: sets([linksOf("new.event_id", ` AND ${column} <> new.${column}`), -1], [linksOf("new.event_id"), 1]),
    also: ` AND ${moved}`,
  };
  return [
    sqliteTrigger(name("insert"), table, `CREATE TRIGGER "${name("insert")}" AFTER INSERT ON "${table}" BEGIN
${sqliteLinkApply(link, inserted)}
END;`),
    sqliteTrigger(name("update"), table, `CREATE TRIGGER "${name("update")}" AFTER UPDATE OF event_id, ${column} ON "${table}"
WHEN old.event_id IS NOT new.event_id OR old.${column} IS NOT new.${column} BEGIN
${sqliteLinkApply(link, updatedFrom)}
${sqliteLinkApply(link, updatedTo)}
END;`),
    sqliteTrigger(name("delete"), table, `CREATE TRIGGER "${name("delete")}" AFTER DELETE ON "${table}" BEGIN
${sqliteLinkApply(link, deleted)}
END;`),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL

const PG_GRID = `(VALUES ${[0, 1].flatMap((edge) => ALL_GRAINS.map((grain) => `(${edge}, ${grain})`)).join(", ")}) AS g(edge, grain)`;
const pgSums = (sign: string, importance: string) => IMPORTANCES.map((n) => `sum(${sign} * (${importance} = ${n})::integer)`);
const PG_UPSERT = `ON CONFLICT (${KEY}) DO UPDATE
    SET ${IMPORTANCES.map((n) => `n${n} = c.n${n} + EXCLUDED.n${n}`).join(", ")}`;

/** Upserts grouped rows (ON CONFLICT cannot touch a row twice in one statement), in key order so that concurrent writers lock shared rows in the same order. */
function pgGroupedUpsert(sign: string, importance: string): string {
  const sums = pgSums(sign, importance);
  return `    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING ${sums.map((sum) => `${sum} <> 0`).join(" OR ")}
    ORDER BY 1, 4, 6, 2, 3, 5
    ${PG_UPSERT}`;
}

export const PG_EVENT_CHANGE_TYPE = "event_counts_change";
export const PG_LINK_CHANGE_TYPE = "event_counts_link_change";

function postgresHelpers(): TriggerObject[] {
  const day = "floor((ms - edge) / 86400000)::integer";
  const members = [`SELECT 'all', ''`];
  for (const { dim, table, column } of LINKS) {
    members.push(
      `SELECT '${dim}', ${text(`l.${column}`, "postgres")} FROM ${table} l WHERE l.event_id = target_event`,
      `SELECT '${dim}', '_links' FROM ${table} l WHERE l.event_id = target_event`,
      `SELECT '${dim}', '_none' WHERE NOT EXISTS (SELECT 1 FROM ${table} l WHERE l.event_id = target_event)`,
    );
  }
  members.push(`SELECT 'topicset', ${topicSetOf(`l.${TOPIC_LINK.column}`, "postgres")} FROM ${TOPIC_LINK.table} l WHERE l.event_id = target_event HAVING count(*) > 0`);

  const linkCounts = LINKS.map(({ dim, table }, i) => {
    const count = `(SELECT count(*) FROM ${table} l WHERE l.event_id = ch.event_id)`;
    return i < LINKS.length - 1 ? `WHEN '${dim}' THEN ${count}` : `ELSE ${count} END AS links`;
  }).join("\n            ");
  const topic = TOPIC_LINK;
  const applyLinks = `    WITH ch AS (SELECT * FROM unnest(changes)),
    topic_net AS (SELECT event_id, member, sum(sign) AS net FROM ch WHERE link_dim = '${topic.dim}' GROUP BY event_id, member),
    topic_sets AS (
        SELECT t.event_id,
            (SELECT ${topicSetOf(`o.${topic.column}`, "postgres")} FROM (
                SELECT l.${topic.column} FROM ${topic.table} l WHERE l.event_id = t.event_id
                    AND NOT EXISTS (SELECT 1 FROM topic_net n WHERE n.event_id = l.event_id AND n.member = ${text(`l.${topic.column}`, "postgres")} AND n.net > 0)
                UNION ALL SELECT n.member::integer FROM topic_net n WHERE n.event_id = t.event_id AND n.net < 0) o) AS old_set,
            (SELECT ${topicSetOf(`l.${topic.column}`, "postgres")} FROM ${topic.table} l WHERE l.event_id = t.event_id) AS new_set
        FROM (SELECT DISTINCT event_id FROM topic_net) t
    ),
    touched AS (
        SELECT ch.event_id, sum(ch.sign) AS net, CASE link_dim
            ${linkCounts}
        FROM ch GROUP BY ch.event_id
    ),
    deltas AS (
        SELECT event_id, link_dim AS dim, member, sign FROM ch
        UNION ALL SELECT event_id, link_dim, '_links', sign FROM ch
        UNION ALL SELECT event_id, link_dim, '_none', (links = 0)::integer - (links - net = 0)::integer FROM touched
        UNION ALL SELECT event_id, 'topicset', old_set, -1 FROM topic_sets WHERE old_set IS NOT NULL
        UNION ALL SELECT event_id, 'topicset', new_set, 1 FROM topic_sets WHERE new_set IS NOT NULL
    )
    INSERT INTO event_counts AS c (${COLUMNS})
    SELECT g.edge, g.grain, event_counts_period(CASE g.edge WHEN 0 THEN e.earliest ELSE e.latest END, g.edge, g.grain), d.dim, d.member, e.status,
        ${pgSums("d.sign", "e.importance").join(",\n        ")}
    FROM deltas d
    JOIN events e ON e.id = d.event_id AND e.deleted_at IS NULL
    CROSS JOIN ${PG_GRID}
    WHERE ${dayRowsOnly("g.grain", "d.dim")}
${pgGroupedUpsert("d.sign", "e.importance")}`;

  return [
    // The month period (astronomical year * 12 + month - 1) of a UTC day number, before the common era too.
    postgresSqlFunction("event_counts_month", "day integer", "integer", "IMMUTABLE PARALLEL SAFE", `    SELECT ${monthIndexOfDay("day", "postgres")}`),
    // The period of a bound at an edge and a grain: all time (grain 3) is period 0, then the sentinels (dates cannot
    // hold them). Edge 1 counts at the event's last day: latest is exclusive, so the day of latest − 1 ms.
    postgresSqlFunction(
      "event_counts_period",
      "ms double precision, edge integer, grain integer",
      "integer",
      "IMMUTABLE PARALLEL SAFE",
      `    SELECT CASE WHEN grain = 3 THEN 0 WHEN ms <= -8.64e15 THEN ${BEFORE_ALL} WHEN ms >= 8.64e15 THEN ${AFTER_ALL}
        WHEN grain = 0 THEN ${day}
        WHEN grain = 1 THEN event_counts_month(${day})
        ELSE ${yearOfMonth(`event_counts_month(${day})`)} END`,
    ),
    postgresSqlFunction("event_counts_members", "target_event integer", "TABLE (dim text, member text)", "STABLE", `    ${members.join("\n    UNION ALL ")}`),
    {
      kind: "type",
      name: PG_EVENT_CHANGE_TYPE,
      sql: `CREATE TYPE ${PG_EVENT_CHANGE_TYPE} AS (event_id integer, earliest double precision, latest double precision, status text, importance integer, sign integer);`,
    },
    postgresSqlFunction(
      "event_counts_apply",
      `changes ${PG_EVENT_CHANGE_TYPE}[]`,
      "void",
      "",
      `    INSERT INTO event_counts AS c (${COLUMNS})
    SELECT g.edge, g.grain, event_counts_period(CASE g.edge WHEN 0 THEN ch.earliest ELSE ch.latest END, g.edge, g.grain), m.dim, m.member, ch.status,
        ${pgSums("ch.sign", "ch.importance").join(",\n        ")}
    FROM unnest(changes) AS ch
    CROSS JOIN ${PG_GRID}
    CROSS JOIN LATERAL event_counts_members(ch.event_id) AS m
    WHERE ${dayRowsOnly("g.grain", "m.dim")}
${pgGroupedUpsert("ch.sign", "ch.importance")}`,
    ),
    // member: the topic or actor id as text, or the country code.
    { kind: "type", name: PG_LINK_CHANGE_TYPE, sql: `CREATE TYPE ${PG_LINK_CHANGE_TYPE} AS (event_id integer, member text, sign integer);` },
    // Applies one dim's link changes after they are stored. An event whose count of such links went from none to
    // some leaves '_none', one whose count went to none joins it; deleted events count nowhere. A topic change also
    // moves the event from its old set to its new one: its old topics are its topics now, less those the statement
    // added (net +1), plus those it removed (net -1).
    postgresSqlFunction("event_counts_apply_links", `link_dim text, changes ${PG_LINK_CHANGE_TYPE}[]`, "void", "", applyLinks),
  ];
}

/** The event rows a statement changed, as change rows with the sign of their side (shared with event_pair_counts). */
export function pgEventChanges(side: "old" | "new", where: string): string {
  const [alias, other, table, otherTable, sign] = side === "old" ? ["o", "n", "old_rows", "new_rows", -1] : ["n", "o", "new_rows", "old_rows", 1];
  return `SELECT ROW(${alias}.id, ${alias}.earliest, ${alias}.latest, ${alias}.status, ${alias}.importance, ${sign})::${PG_EVENT_CHANGE_TYPE}
        FROM ${table} ${alias} JOIN ${otherTable} ${other} ON ${other}.id = ${alias}.id
        WHERE ${alias}.deleted_at IS NULL
          AND ${where}`;
}

/**
 * A link table's trigger function: its transition tables as link changes (sign 1 for rows now stored, -1 for rows
 * gone), handed to `apply` with the link's dim. Shared with event_pair_counts, whose apply function takes the same.
 */
export function pgLinkChangeFunction(name: string, apply: string, link: Link): TriggerObject {
  const { dim, column } = link;
  const added = `SELECT ROW(n.event_id, n.${column}::text, 1)::${PG_LINK_CHANGE_TYPE} FROM new_rows n`;
  const removed = `SELECT ROW(o.event_id, o.${column}::text, -1)::${PG_LINK_CHANGE_TYPE} FROM old_rows o`;
  return postgresTriggerFunction(name, `BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM ${apply}('${dim}', ARRAY(
            ${added}));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM ${apply}('${dim}', ARRAY(
            ${removed}));
    ELSE
        PERFORM ${apply}('${dim}', ARRAY(
            ${added}
            UNION ALL
            ${removed}));
    END IF;
    RETURN NULL;
END`);
}

/** Triggers named <prefix>_after_<dim>_<op> on each link table, calling one function per link. */
export function pgLinkTriggers(prefix: string, functionOf: (link: Link) => string): TriggerObject[] {
  return LINKS.flatMap((link) =>
    (["INSERT", "UPDATE", "DELETE"] as const).map((op) => postgresStatementTrigger(`${prefix}_after_${link.dim}_${op.toLowerCase()}`, link.table, op, functionOf(link))),
  );
}

/** The row-level BEFORE DELETE trigger of an event: its links are still there (the cascade runs after the row is gone). */
export function pgBeforeEventDelete(name: string, fn: string): TriggerObject {
  return {
    kind: "trigger",
    name,
    table: "events",
    sql: `CREATE TRIGGER "${name}" BEFORE DELETE ON "events"
    FOR EACH ROW${postgresTriggerCondition(name, "OLD.deleted_at IS NULL")} EXECUTE FUNCTION ${fn}();`,
  };
}

function postgresObjects(): TriggerObject[] {
  const changed = "(o.earliest, o.latest, o.status, o.importance, o.deleted_at IS NULL) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at IS NULL)";
  const onLink = (link: Link) => `event_counts_on_${link.dim}_change`;
  return [
    ...postgresHelpers(),
    postgresTriggerFunction("event_counts_on_event_insert", `BEGIN
    PERFORM event_counts_apply(ARRAY(
        SELECT ROW(n.id, n.earliest, n.latest, n.status, n.importance, 1)::${PG_EVENT_CHANGE_TYPE}
        FROM new_rows n WHERE n.deleted_at IS NULL));
    RETURN NULL;
END`),
    postgresTriggerFunction("event_counts_on_event_update", `BEGIN
    PERFORM event_counts_apply(ARRAY(
        ${pgEventChanges("old", changed)}
        UNION ALL
        ${pgEventChanges("new", changed)}));
    RETURN NULL;
END`),
    postgresTriggerFunction("event_counts_on_event_delete", `BEGIN
    PERFORM event_counts_apply(ARRAY[ROW(OLD.id, OLD.earliest, OLD.latest, OLD.status, OLD.importance, -1)::${PG_EVENT_CHANGE_TYPE}]);
    RETURN OLD;
END`),
    ...LINKS.map((link) => pgLinkChangeFunction(onLink(link), "event_counts_apply_links", link)),
    postgresStatementTrigger("event_counts_after_event_insert", "events", "INSERT", "event_counts_on_event_insert"),
    postgresStatementTrigger("event_counts_after_event_update", "events", "UPDATE", "event_counts_on_event_update"),
    pgBeforeEventDelete("event_counts_before_event_delete", "event_counts_on_event_delete"),
    ...pgLinkTriggers("event_counts", onLink),
  ];
}

export const eventCountsTriggers: TriggerSet = {
  name: "event_counts",
  source: "lib/db/triggers/event-counts.ts",
  sqlite: () => [...sqliteEventTriggers(), ...LINKS.flatMap(sqliteLinkTriggers)],
  postgres: postgresObjects,
};
