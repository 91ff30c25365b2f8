/**
 * The triggers that keep event_pair_counts (its layout: migrations 20261124160000_event_pair_counts and
 * 20261125100000_event_pair_count_ends; its bulk rebuild: lib/db/event-pair-counts-sql.ts).
 *
 * An event's rows depend on all of its links at once (every pair of them), so a change cannot be counted from the
 * changed row alone: every trigger computes the event's whole contribution before and after the change, subtracts
 * the one, adds the other and writes only the rows whose sum is not zero. A link change of a typical event (a few
 * links) moves a few dozen rows.
 *
 * SQLite: AFTER row triggers (but the hard delete's), so an INSERT OR IGNORE that ignores a row changes nothing here
 * either; the links "before" are the links now with the changed row put back or taken out.
 * PostgreSQL: statement triggers; the links before a statement are the links now, less those it added (net +1), plus
 * those it removed (net -1), so a statement that removes and re-adds a link changes nothing. They reuse event_counts'
 * change types and period function (event-counts.ts), which the migration creates first.
 */
import { dayOf, lastDayOf, LINKS, monthOfDay, text, TOPIC_LINK, topicSetOf, yearOfMonth, type Link } from "../count-period-sql";
import { pgBeforeEventDelete, pgEventChanges, pgLinkChangeFunction, pgLinkTriggers, PG_EVENT_CHANGE_TYPE, PG_LINK_CHANGE_TYPE } from "./event-counts";
import { postgresSqlFunction, postgresStatementTrigger, postgresTriggerFunction, sqliteTrigger, type TriggerObject, type TriggerSet } from "./trigger-sql";

const COLUMNS = "dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5";
const KEY = "dim, member, dim2, grain, member2, period, status";
const IMPORTANCES = [1, 2, 3, 4, 5];

/** Links with a '_none' entity ("no actor", "no country"). An event without topics has the topic member '_none' instead. */
const NONE_ENTITY_LINKS = LINKS.filter((link) => link !== TOPIC_LINK);

// ---------------------------------------------------------------------------------------------------------------
// SQLite

const UPSERT = `ON CONFLICT (${KEY}) DO UPDATE SET ${IMPORTANCES.map((n) => `n${n} = n${n} + excluded.n${n}`).join(", ")}`;

/** The link row a trigger sees: it is (plus) or is not (minus) among the event's links before the change. */
interface LinkEdit {
  link: Link;
  minus?: { event: string; member: string };
  plus?: { event: string; member: string };
}

/** One dim's links of event x, as they were before `edit` when it concerns this dim. */
function linkRows(link: Link, x: string, edit: LinkEdit | undefined, select: (member: string) => string): string {
  const own = edit?.link.dim === link.dim ? edit : undefined;
  let sql = `${select(link.column)} FROM ${link.table} WHERE event_id = ${x}`;
  if (own?.minus) sql += ` AND NOT (${x} = ${own.minus.event} AND ${link.column} = ${own.minus.member})`;
  if (own?.plus) sql += ` UNION ALL ${select(own.plus.member)} WHERE ${x} = ${own.plus.event}`;
  return sql;
}

function linksOf(x: string, edit?: LinkEdit): string {
  return LINKS.map((link) =>
    linkRows(link, x, edit, (member) => `SELECT '${link.dim}' AS dim, CAST(${member} AS TEXT) AS member`),
  ).join(" UNION ALL ");
}

function topicIdsOf(x: string, edit?: LinkEdit): string {
  return linkRows(TOPIC_LINK, x, edit, (member) => `SELECT ${member} AS topic_id`);
}

/** ('actor', '_none') when event x has no actor, ('country', '_none') when it has no country (as before `edit`). */
function noneEntitiesOf(x: string, edit?: LinkEdit): string {
  return NONE_ENTITY_LINKS.map((link) => `SELECT '${link.dim}' AS dim, '_none' AS member WHERE NOT EXISTS (${linkRows(link, x, edit, () => "SELECT 1")})`).join(
    " UNION ALL ",
  );
}

/**
 * The rows event x adds (sign 1) or removes (-1) with the values `source` selects (earliest, latest, status, importance;
 * no row: counts nowhere) and its links as they are, or were before `edit`. Grains 1 and 2 are the periods of its
 * start, 4 and 5 of its last day; the '_none' and '_links' entities (one '_links' row per link) pair only with
 * topics, at those four grains.
 */
function contributionSql(x: string, source: string, sign: 1 | -1, edit?: LinkEdit): string {
  const grains = "(SELECT 1 AS grain UNION ALL SELECT 2)";
  const edgeGrains = "(SELECT 1 AS grain UNION ALL SELECT 2 UNION ALL SELECT 4 UNION ALL SELECT 5)";
  const topics = topicIdsOf(x, edit);
  const months = `${monthOfDay("d", "sqlite")} AS m, ${monthOfDay("ld", "sqlite")} AS em`;
  const days = `SELECT status, importance, latest >= 8.64e15 AS ongoing, ${dayOf("earliest", "sqlite")} AS d, ${lastDayOf("latest", "sqlite")} AS ld FROM (${source})`;
  const periods = `SELECT status, importance, ongoing, m, ${yearOfMonth("m")} AS y, em, ${yearOfMonth("em")} AS ey FROM (SELECT status, importance, ongoing, ${months} FROM (${days}))`;
  return `SELECT a.dim, a.member, b.dim AS dim2, b.grain, b.member AS member2,
            CASE b.grain WHEN 3 THEN 0 WHEN 1 THEN x.m WHEN 2 THEN x.y WHEN 4 THEN x.em ELSE x.ey END AS period, x.status,
            ${IMPORTANCES.map((n) => `${sign} * (x.importance = ${n}) AS n${n}`).join(", ")}
        FROM (${periods}) x,
        (${linksOf(x, edit)} UNION ALL ${noneEntitiesOf(x, edit)} UNION ALL SELECT dim, '_links' FROM (${linksOf(x, edit)})) a,
        (SELECT dim, 3 AS grain, member FROM (${linksOf(x, edit)})
            UNION ALL SELECT '${TOPIC_LINK.dim}', g.grain, CAST(t.topic_id AS TEXT) FROM (${topics}) t, ${edgeGrains} g
            UNION ALL SELECT '${TOPIC_LINK.dim}', g.grain, '_none' FROM ${edgeGrains} g WHERE NOT EXISTS (${topics})
            UNION ALL SELECT 'topicset', g.grain, s.member FROM (SELECT ${topicSetOf("topic_id", "sqlite")} AS member FROM (${topics}) HAVING count(*) > 0) s, ${grains} g
            UNION ALL SELECT 'end', g.grain, 'ongoing' FROM ${grains} g) b
        WHERE (b.dim <> 'end' OR x.ongoing) AND (a.member NOT IN ('_none', '_links') OR b.dim = '${TOPIC_LINK.dim}' AND b.grain <> 3)`;
}

/** Adds the rows of one contribution (its WHERE keeps ON CONFLICT from parsing as a join constraint). */
function applySql(contribution: string): string {
  return `    INSERT INTO event_pair_counts (${COLUMNS})
    ${contribution}
    ${UPSERT};`;
}

/** Adds the sum of contributions, only the rows it changes. */
function applyNetSql(contributions: string[]): string {
  const sums = IMPORTANCES.map((n) => `sum(n${n})`);
  return `    INSERT INTO event_pair_counts (${COLUMNS})
    SELECT ${KEY}, ${sums.join(", ")} FROM (
        ${contributions.join("\n        UNION ALL\n        ")})
    GROUP BY ${KEY}
    HAVING ${sums.map((sum) => `${sum} <> 0`).join(" OR ")}
    ${UPSERT};`;
}

const liveEvent = (x: string, extra = "") => `SELECT earliest, latest, status, importance FROM events WHERE id = ${x} AND deleted_at IS NULL${extra}`;
const rowValues = (row: "old" | "new") =>
  `SELECT ${row}.earliest AS earliest, ${row}.latest AS latest, ${row}.status AS status, ${row}.importance AS importance WHERE ${row}.deleted_at IS NULL`;

function sqliteEventTriggers(): TriggerObject[] {
  return [
    sqliteTrigger("event_counts_pairs_after_event_insert", "events", `CREATE TRIGGER "event_counts_pairs_after_event_insert" AFTER INSERT ON "events" WHEN new.deleted_at IS NULL BEGIN
${applySql(contributionSql("new.id", rowValues("new"), 1))}
END;`),
    sqliteTrigger("event_counts_pairs_after_event_update", "events", `CREATE TRIGGER "event_counts_pairs_after_event_update" AFTER UPDATE OF earliest, latest, status, importance, deleted_at ON "events"
WHEN old.earliest IS NOT new.earliest OR old.latest IS NOT new.latest OR old.status IS NOT new.status OR old.importance IS NOT new.importance
    OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
${applyNetSql([contributionSql("new.id", rowValues("old"), -1), contributionSql("new.id", rowValues("new"), 1)])}
END;`),
    // BEFORE: the links are still there. The cascade deletes them after the event row, and the link triggers
    // then find no live event and do nothing.
    sqliteTrigger("event_counts_pairs_before_event_delete", "events", `CREATE TRIGGER "event_counts_pairs_before_event_delete" BEFORE DELETE ON "events" WHEN old.deleted_at IS NULL BEGIN
${applySql(contributionSql("old.id", rowValues("old"), -1))}
END;`),
  ];
}

function sqliteLinkTriggers(link: Link): TriggerObject[] {
  const name = (op: string) => `event_counts_pairs_after_${link.dim}_${op}`;
  const added = { event: "new.event_id", member: `new.${link.column}` };
  const removed = { event: "old.event_id", member: `old.${link.column}` };
  const net = (x: string, edit: LinkEdit, extra = "") =>
    applyNetSql([contributionSql(x, liveEvent(x, extra), 1), contributionSql(x, liveEvent(x, extra), -1, edit)]);
  return [
    sqliteTrigger(name("insert"), link.table, `CREATE TRIGGER "${name("insert")}" AFTER INSERT ON "${link.table}" BEGIN
${net("new.event_id", { link, minus: added })}
END;`),
    sqliteTrigger(name("delete"), link.table, `CREATE TRIGGER "${name("delete")}" AFTER DELETE ON "${link.table}" BEGIN
${net("old.event_id", { link, plus: removed })}
END;`),
    // A link moved to another event changes both events.
    sqliteTrigger(name("update"), link.table, `CREATE TRIGGER "${name("update")}" AFTER UPDATE OF event_id, ${link.column} ON "${link.table}"
WHEN old.event_id IS NOT new.event_id OR old.${link.column} IS NOT new.${link.column} BEGIN
${net("old.event_id", { link, minus: added, plus: removed })}
${net("new.event_id", { link, minus: added, plus: removed }, " AND new.event_id <> old.event_id")}
END;`),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL

const PAIRS_LINK_TYPE = "event_counts_pairs_link";

function postgresHelpers(): TriggerObject[] {
  const topic = TOPIC_LINK.dim;
  const sums = IMPORTANCES.map((n) => `sum(ch.sign * (ch.importance = ${n})::integer)`);
  const noneDims = NONE_ENTITY_LINKS.map((link) => `('${link.dim}')`).join(", ");
  const currentLinks = LINKS.map(({ dim, table, column }, i) => {
    const alias = dim[0];
    const select = i === 0 ? `SELECT '${dim}' AS dim, ${text(`${alias}.${column}`, "postgres")} AS member` : `SELECT '${dim}', ${text(`${alias}.${column}`, "postgres")}`;
    return `${select} FROM ${table} ${alias} WHERE ${alias}.event_id = ch.event_id`;
  }).join("\n            UNION ALL ");
  return [
    // An event's links as rows, so that the link triggers can hand in its links as they were before the statement.
    { kind: "type", name: PAIRS_LINK_TYPE, sql: `CREATE TYPE ${PAIRS_LINK_TYPE} AS (event_id integer, sign integer, dim text, member text);` },
    // Upserts the contributions of events (sign 1: add, -1: subtract) with the links given, each event's values read
    // from changes: every link with every link at all time (grain 3), and every link, '_none' entity and '_links'
    // entity with each topic member at the start's month and year (grains 1, 2) and the last day's (4, 5; topics
    // only). Grouped, only rows whose sum is not zero (a save that replaces a handful of links moves only the pairs
    // that changed), in key order so that concurrent writers lock shared rows in the same order.
    postgresSqlFunction(
      "event_counts_pairs_apply",
      `changes ${PG_EVENT_CHANGE_TYPE}[], links ${PAIRS_LINK_TYPE}[]`,
      "void",
      "",
      `    WITH ch AS (SELECT * FROM unnest(changes)),
    l AS (SELECT * FROM unnest(links)),
    entities AS (
        SELECT l.event_id, l.sign, l.dim, l.member FROM l
        UNION ALL SELECT ch.event_id, ch.sign, d.dim, '_none' FROM ch CROSS JOIN (VALUES ${noneDims}) AS d(dim)
            WHERE NOT EXISTS (SELECT 1 FROM l WHERE l.event_id = ch.event_id AND l.sign = ch.sign AND l.dim = d.dim)
        UNION ALL SELECT l.event_id, l.sign, l.dim, '_links' FROM l
    ),
    topic_members AS (
        SELECT l.event_id, l.sign, '${topic}' AS dim, l.member FROM l WHERE l.dim = '${topic}'
        UNION ALL SELECT l.event_id, l.sign, 'topicset', ',' || string_agg(l.member, ',' ORDER BY l.member::integer) || ',' FROM l WHERE l.dim = '${topic}' GROUP BY l.event_id, l.sign
        UNION ALL SELECT ch.event_id, ch.sign, '${topic}', '_none' FROM ch
            WHERE NOT EXISTS (SELECT 1 FROM l WHERE l.event_id = ch.event_id AND l.sign = ch.sign AND l.dim = '${topic}')
        UNION ALL SELECT ch.event_id, ch.sign, 'end', 'ongoing' FROM ch WHERE ch.latest >= 8.64e15
    ),
    pairs AS (
        SELECT a.event_id, a.sign, a.dim, a.member, b.dim AS dim2, 3 AS grain, b.member AS member2 FROM l a JOIN l b ON b.event_id = a.event_id AND b.sign = a.sign
        UNION ALL SELECT a.event_id, a.sign, a.dim, a.member, t.dim, g.grain, t.member
        FROM entities a JOIN topic_members t ON t.event_id = a.event_id AND t.sign = a.sign CROSS JOIN (VALUES (1), (2), (4), (5)) AS g(grain)
        WHERE (g.grain < 4 OR t.dim = '${topic}') AND (a.member NOT IN ('_none', '_links') OR t.dim = '${topic}')
    )
    INSERT INTO event_pair_counts AS c (${COLUMNS})
    SELECT p.dim, p.member, p.dim2, p.grain, p.member2,
        CASE WHEN p.grain >= 4 THEN event_counts_period(ch.latest, 1, p.grain - 3) ELSE event_counts_period(ch.earliest, 0, p.grain) END, ch.status,
        ${sums.join(",\n        ")}
    FROM pairs p JOIN ch ON ch.event_id = p.event_id AND ch.sign = p.sign
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING ${sums.map((sum) => `${sum} <> 0`).join(" OR ")}
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (${KEY}) DO UPDATE
    SET ${IMPORTANCES.map((n) => `n${n} = c.n${n} + EXCLUDED.n${n}`).join(", ")}`,
    ),
    // The current links of the events of changes, each with its change's sign.
    postgresSqlFunction(
      "event_counts_pairs_current_links",
      `changes ${PG_EVENT_CHANGE_TYPE}[]`,
      `${PAIRS_LINK_TYPE}[]`,
      "STABLE",
      `    SELECT ARRAY(
        SELECT ROW(ch.event_id, ch.sign, l.dim, l.member)::${PAIRS_LINK_TYPE} FROM unnest(changes) ch
        CROSS JOIN LATERAL (
            ${currentLinks}) l)`,
    ),
    // Applies one dim's link changes, after they are stored, to the live events they touch: minus the event with its
    // links before the statement, plus the event with its links now.
    postgresSqlFunction(
      "event_counts_pairs_apply_links",
      `link_dim text, changes ${PG_LINK_CHANGE_TYPE}[]`,
      "void",
      "",
      `    WITH net AS (SELECT event_id, member, sum(sign) AS net FROM unnest(changes) GROUP BY event_id, member),
    touched AS (
        SELECT ROW(e.id, e.earliest, e.latest, e.status, e.importance, s.sign)::${PG_EVENT_CHANGE_TYPE} AS ch
        FROM events e CROSS JOIN (VALUES (1), (-1)) AS s(sign)
        WHERE e.id IN (SELECT event_id FROM net) AND e.deleted_at IS NULL
    ),
    now_links AS (SELECT * FROM unnest(event_counts_pairs_current_links(ARRAY(SELECT ch FROM touched WHERE (ch).sign = 1))))
    SELECT event_counts_pairs_apply(ARRAY(SELECT ch FROM touched), ARRAY(
        SELECT ROW(n.event_id, 1, n.dim, n.member)::${PAIRS_LINK_TYPE} FROM now_links n
        UNION ALL
        SELECT ROW(n.event_id, -1, n.dim, n.member)::${PAIRS_LINK_TYPE} FROM now_links n
        WHERE NOT (n.dim = link_dim AND EXISTS (SELECT 1 FROM net WHERE net.event_id = n.event_id AND net.member = n.member AND net.net > 0))
        UNION ALL
        SELECT ROW(net.event_id, -1, link_dim, net.member)::${PAIRS_LINK_TYPE} FROM net
        WHERE net.net < 0 AND EXISTS (SELECT 1 FROM touched WHERE (ch).event_id = net.event_id)))`,
    ),
  ];
}

function postgresObjects(): TriggerObject[] {
  // Both sides of an update with the event's links now: an event update does not change them.
  const changed = "(o.earliest, o.latest, o.status, o.importance, o.deleted_at IS NULL) IS DISTINCT FROM (n.earliest, n.latest, n.status, n.importance, n.deleted_at IS NULL)";
  const onLink = (link: Link) => `event_counts_pairs_on_${link.dim}_change`;
  return [
    ...postgresHelpers(),
    postgresTriggerFunction("event_counts_pairs_on_event_insert", `DECLARE
    changes ${PG_EVENT_CHANGE_TYPE}[] := ARRAY(
        SELECT ROW(n.id, n.earliest, n.latest, n.status, n.importance, 1)::${PG_EVENT_CHANGE_TYPE}
        FROM new_rows n WHERE n.deleted_at IS NULL);
BEGIN
    PERFORM event_counts_pairs_apply(changes, event_counts_pairs_current_links(changes));
    RETURN NULL;
END`),
    postgresTriggerFunction("event_counts_pairs_on_event_update", `DECLARE
    changes ${PG_EVENT_CHANGE_TYPE}[] := ARRAY(
        ${pgEventChanges("old", changed)}
        UNION ALL
        ${pgEventChanges("new", changed)});
BEGIN
    IF cardinality(changes) > 0 THEN
        PERFORM event_counts_pairs_apply(changes, event_counts_pairs_current_links(changes));
    END IF;
    RETURN NULL;
END`),
    postgresTriggerFunction("event_counts_pairs_on_event_delete", `DECLARE
    changes ${PG_EVENT_CHANGE_TYPE}[] := ARRAY[ROW(OLD.id, OLD.earliest, OLD.latest, OLD.status, OLD.importance, -1)::${PG_EVENT_CHANGE_TYPE}];
BEGIN
    PERFORM event_counts_pairs_apply(changes, event_counts_pairs_current_links(changes));
    RETURN OLD;
END`),
    ...LINKS.map((link) => pgLinkChangeFunction(onLink(link), "event_counts_pairs_apply_links", link)),
    postgresStatementTrigger("event_counts_pairs_after_event_insert", "events", "INSERT", "event_counts_pairs_on_event_insert"),
    postgresStatementTrigger("event_counts_pairs_after_event_update", "events", "UPDATE", "event_counts_pairs_on_event_update"),
    pgBeforeEventDelete("event_counts_pairs_before_event_delete", "event_counts_pairs_on_event_delete"),
    ...pgLinkTriggers("event_counts_pairs", onLink),
  ];
}

export const eventPairCountsTriggers: TriggerSet = {
  name: "event_pair_counts",
  source: "lib/db/triggers/event-pair-counts.ts",
  sqlite: () => [...sqliteEventTriggers(), ...LINKS.flatMap(sqliteLinkTriggers)],
  postgres: postgresObjects,
};
