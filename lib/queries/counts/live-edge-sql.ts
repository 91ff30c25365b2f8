import { Prisma } from "@/lib/db/client";
import { PACKED_LINKS } from "@/lib/db/event-link-days-sql";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import { dayIndexSql, unpackLinksSql } from "../sql/dialect-sql";
import { laneJoin } from "../sql/lane-sql";
import type { CountedFacet } from "../sql/facet-sql";
import { DAY_MS, ONGOING_PERIOD, UNKNOWN_PERIOD, type CountPiece } from "./count-pieces";
import { intParam, LINKS_MEMBER, NONE_MEMBER, statusesOf } from "./count-columns";
import type { CountScope } from "./count-scope";
import { memberRowsSql } from "./link-day-rows-sql";

/** A day piece the count tables do not hold (actors in event_counts, every pair in event_pair_counts), read from the events. */
export interface LiveEdgeQuery {
  scope: CountScope;
  /** 0: the events' first day; 1: their last day, the one before the exclusive latest. */
  edge: number;
  sign: 1 | -1;
  /** Rows per member ("member") or per member and day ("period", grain 0). */
  shape: "member" | "period";
  knownStartsOnly?: boolean;
  /** The kind of link whose members are counted. */
  lane: CountedFacet;
  /** Ids as text or codes, NONE_MEMBER (no link of the kind), LINKS_MEMBER (every link); null: every member and both. */
  members: string[] | null;
  /** Only the events linked to this member (a one-member filter), read from its rows in event_link_days. */
  target?: { dim: CountedFacet; member: string };
  /** Columns before the member's, ending in a comma (event_counts reads its dim). */
  lead?: Prisma.Sql;
}

/** The events' rows of the piece, each with its lane member or null (no link of the kind) as `linked`, and its day. */
interface EdgeRows {
  from: Prisma.Sql;
  linked: Prisma.Sql;
  period: Prisma.Sql;
  where: Prisma.Sql;
}

/** Every event, by its bounds, each joined to its links of the lane's kind. */
function eventRows(query: LiveEdgeQuery, piece: CountPiece): EdgeRows {
  const { scope } = query;
  // The last day is the one before the exclusive latest: shift by one ms, outside the column so the index serves.
  const shift = query.edge === 0 ? 0 : 1;
  const bound = query.edge === 0 ? Prisma.sql`e.earliest` : Prisma.sql`e.latest`;
  const where = Prisma.sql`e.deleted_at IS NULL AND e.status IN (${Prisma.join(statusesOf(scope))}) AND e.importance >= ${scope.minImportance}
    AND ${bound} >= ${piece.from * DAY_MS + shift} AND ${bound} < ${piece.to * DAY_MS + shift}${query.knownStartsOnly ? Prisma.sql` AND e.earliest > ${DATE_MIN}` : Prisma.empty}`;
  const period = query.edge === 0 ? dayIndexSql(bound) : Prisma.sql`CASE WHEN e.latest >= ${DATE_MAX} THEN ${ONGOING_PERIOD} ELSE ${dayIndexSql(Prisma.sql`(e.latest - 1)`)} END`;
  const join = laneJoin(query.lane);
  return { from: Prisma.sql`events e LEFT JOIN ${join.table} j ON j.event_id = e.id`, linked: Prisma.sql`CAST(${join.linkId} AS TEXT)`, period, where };
}

/** One member's rows of event_link_days by their first (or last) day, each unpacked into its lane links. */
function linkDayRows(query: LiveEdgeQuery, target: { dim: string; member: string }, piece: CountPiece): EdgeRows {
  const { scope } = query;
  const day = Prisma.raw(query.edge === 0 ? "d.first_day" : "d.last_day");
  const links = unpackLinksSql(Prisma.raw(`d.${PACKED_LINKS[query.lane]}`), "l");
  const where = Prisma.sql`${memberRowsSql(target, scope)}
    AND ${day} >= ${intParam(piece.from)} AND ${day} < ${intParam(piece.to)}${query.knownStartsOnly ? Prisma.sql` AND d.first_day > ${intParam(UNKNOWN_PERIOD)}` : Prisma.empty}`;
  return { from: Prisma.sql`event_link_days d ${links}`, linked: Prisma.sql`l.value`, period: day, where };
}

/**
 * The events whose first (or last) day is in the piece, per member, in one pass over them: each link row
 * names a member read or none, '_links' doubles the link rows, '_none' is an event without a link.
 * A year of week buckets reads a topic's 36k events of 2020 once, not once per kind of member; under a
 * one-member filter, only that member's rows of event_link_days, with their links in the row.
 */
export function liveEdgeSelect(query: LiveEdgeQuery, piece: CountPiece): Prisma.Sql {
  const { members } = query;
  const source = query.target ? linkDayRows(query, query.target, piece) : eventRows(query, piece);
  const wants = (member: string) => members === null || members.includes(member);
  const named = members?.filter((member) => member !== NONE_MEMBER && member !== LINKS_MEMBER) ?? null;
  const linkMember = source.linked;
  const arms = [Prisma.sql`WHEN ${source.linked} IS NULL THEN ${wants(NONE_MEMBER) ? Prisma.sql`CAST(${NONE_MEMBER} AS TEXT)` : Prisma.sql`NULL`}`];
  if (named === null) arms.push(Prisma.sql`ELSE ${linkMember}`);
  else if (named.length) arms.push(Prisma.sql`WHEN ${linkMember} IN (${Prisma.join(named)}) THEN ${linkMember}`);
  const rows = Prisma.sql`SELECT CASE ${Prisma.join(arms, " ")} END AS member, ${source.linked} AS linked, ${source.period} AS period
    FROM ${source.from} WHERE ${source.where}`;
  const links = wants(LINKS_MEMBER);
  const member = links ? Prisma.sql`CASE WHEN k.k = 1 THEN CASE WHEN r.linked IS NOT NULL THEN CAST(${LINKS_MEMBER} AS TEXT) END ELSE r.member END` : Prisma.sql`r.member`;
  const from = links ? Prisma.sql`(${rows}) r CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1 AS k) k` : Prisma.sql`(${rows}) r`;
  const one = Prisma.raw(query.sign === 1 ? "1" : "-1");
  const columns = query.shape === "member" ? Prisma.sql`${query.lead ?? Prisma.empty}member, ${one} AS n` : Prisma.sql`member, 0 AS grain, period, ${one} AS n`;
  return Prisma.sql`SELECT ${columns} FROM (SELECT ${member} AS member, r.period AS period FROM ${from}) drawn WHERE member IS NOT NULL`;
}
