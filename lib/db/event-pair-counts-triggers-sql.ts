/**
 * The SQLite triggers of event_pair_counts (migration 20261125100000_event_pair_count_ends, which holds their text:
 * a unit test keeps the two identical; 20261124160000_event_pair_counts had them without the end edge and the '_none'
 * entities). Print them with `npx tsx scripts/print-event-pair-counts-sql.ts sqlite`.
 *
 * Every trigger is an AFTER trigger (but the hard delete's) that computes the event's whole contribution before
 * and after the change from its current links, subtracts the one, adds the other, and writes only the rows whose
 * sum is not zero. A link change of a typical event (a few links) moves a few dozen rows. AFTER, not a BEFORE/AFTER
 * pair, so an INSERT OR IGNORE that ignores a row changes nothing here either.
 */
import { dayOf, lastDayOf, LINKS, monthOfDay, yearOfMonth } from "./count-period-sql";

const COLUMNS = "dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5";
const KEY = "dim, member, dim2, grain, member2, period, status";
const UPSERT = `ON CONFLICT (${KEY}) DO UPDATE SET n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, n5 = n5 + excluded.n5`;

type LinkDim = (typeof LINKS)[number];

/** The link row a trigger sees: it is (plus) or is not (minus) among the event's links before the change. */
interface LinkEdit {
  link: LinkDim;
  minus?: { event: string; member: string };
  plus?: { event: string; member: string };
}

/** One dim's links of event x, as they were before `edit` when it concerns this dim. */
function linkRows(link: LinkDim, x: string, edit: LinkEdit | undefined, select: (member: string) => string): string {
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
  return linkRows(LINKS[0], x, edit, (member) => `SELECT ${member} AS topic_id`);
}

/** ('actor', '_none') when event x has no actor, ('country', '_none') when it has no country (as before `edit`). */
function noneEntitiesOf(x: string, edit?: LinkEdit): string {
  return LINKS.filter((link) => link.dim !== "topic")
    .map((link) => `SELECT '${link.dim}' AS dim, '_none' AS member WHERE NOT EXISTS (${linkRows(link, x, edit, () => "SELECT 1")})`)
    .join(" UNION ALL ");
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
            ${[1, 2, 3, 4, 5].map((n) => `${sign} * (x.importance = ${n}) AS n${n}`).join(", ")}
        FROM (${periods}) x,
        (${linksOf(x, edit)} UNION ALL ${noneEntitiesOf(x, edit)} UNION ALL SELECT dim, '_links' FROM (${linksOf(x, edit)})) a,
        (SELECT dim, 3 AS grain, member FROM (${linksOf(x, edit)})
            UNION ALL SELECT 'topic', g.grain, CAST(t.topic_id AS TEXT) FROM (${topics}) t, ${edgeGrains} g
            UNION ALL SELECT 'topic', g.grain, '_none' FROM ${edgeGrains} g WHERE NOT EXISTS (${topics})
            UNION ALL SELECT 'topicset', g.grain, s.member FROM (SELECT ',' || group_concat(topic_id, ',' ORDER BY topic_id) || ',' AS member FROM (${topics}) HAVING count(*) > 0) s, ${grains} g
            UNION ALL SELECT 'end', g.grain, 'ongoing' FROM ${grains} g) b
        WHERE (b.dim <> 'end' OR x.ongoing) AND (a.member NOT IN ('_none', '_links') OR b.dim = 'topic' AND b.grain <> 3)`;
}

/** Adds the rows of one contribution (its WHERE keeps ON CONFLICT from parsing as a join constraint). */
function applySql(contribution: string): string {
  return `    INSERT INTO event_pair_counts (${COLUMNS})
    ${contribution}
    ${UPSERT};`;
}

/** Adds the sum of contributions, only the rows it changes. */
function applyNetSql(contributions: string[]): string {
  const sums = [1, 2, 3, 4, 5].map((n) => `sum(n${n})`);
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

function eventTriggersSql(): string[] {
  return [
    `CREATE TRIGGER "event_counts_pairs_after_event_insert" AFTER INSERT ON "events" WHEN new.deleted_at IS NULL BEGIN
${applySql(contributionSql("new.id", rowValues("new"), 1))}
END;`,
    `CREATE TRIGGER "event_counts_pairs_after_event_update" AFTER UPDATE OF earliest, latest, status, importance, deleted_at ON "events"
WHEN old.earliest IS NOT new.earliest OR old.latest IS NOT new.latest OR old.status IS NOT new.status OR old.importance IS NOT new.importance
    OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
${applyNetSql([contributionSql("new.id", rowValues("old"), -1), contributionSql("new.id", rowValues("new"), 1)])}
END;`,
    // BEFORE: the links are still there. The cascade deletes them after the event row, and the link triggers
    // then find no live event and do nothing.
    `CREATE TRIGGER "event_counts_pairs_before_event_delete" BEFORE DELETE ON "events" WHEN old.deleted_at IS NULL BEGIN
${applySql(contributionSql("old.id", rowValues("old"), -1))}
END;`,
  ];
}

function linkTriggersSql(link: LinkDim): string[] {
  const name = (op: string) => `"event_counts_pairs_after_${link.dim}_${op}"`;
  const added = { event: "new.event_id", member: `new.${link.column}` };
  const removed = { event: "old.event_id", member: `old.${link.column}` };
  const net = (x: string, edit: LinkEdit, extra = "") =>
    applyNetSql([contributionSql(x, liveEvent(x, extra), 1), contributionSql(x, liveEvent(x, extra), -1, edit)]);
  return [
    `CREATE TRIGGER ${name("insert")} AFTER INSERT ON "${link.table}" BEGIN
${net("new.event_id", { link, minus: added })}
END;`,
    `CREATE TRIGGER ${name("delete")} AFTER DELETE ON "${link.table}" BEGIN
${net("old.event_id", { link, plus: removed })}
END;`,
    // A link moved to another event changes both events.
    `CREATE TRIGGER ${name("update")} AFTER UPDATE OF event_id, ${link.column} ON "${link.table}"
WHEN old.event_id IS NOT new.event_id OR old.${link.column} IS NOT new.${link.column} BEGIN
${net("old.event_id", { link, minus: added, plus: removed })}
${net("new.event_id", { link, minus: added, plus: removed }, " AND new.event_id <> old.event_id")}
END;`,
  ];
}

/** Every SQLite trigger of event_pair_counts, as the migration holds them. */
export function sqlitePairCountTriggersSql(): string {
  return [...eventTriggersSql(), ...LINKS.flatMap(linkTriggersSql)].join("\n\n");
}
