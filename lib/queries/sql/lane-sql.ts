import { Prisma } from "@/lib/db/client";
import { FACETS } from "@/lib/domain/facets";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { FACET_TABLES } from "./facet-sql";

/** Lane key of events with no topic, country or actor; slugs and country codes never start with "_". */
export const NO_LANE_KEY = "_none";
export const NO_LANE_LABEL = {
  ...Object.fromEntries(FACETS.map((facet) => [facet.name, facet.none])),
  none: "All events",
} as Record<LaneGrouping, string>;

export type LaneJoinGrouping = Exclude<LaneGrouping, "none">;

interface LaneJoin {
  /** The link table, aliased j in the SQL below. */
  table: Prisma.Sql;
  /** The lane table alone, and its id as the link table names it (j.…) and as it names itself (l.…). */
  laneTable: Prisma.Sql;
  linkId: Prisma.Sql;
  ownId: Prisma.Sql;
  /** Joins the lane's own table as l. */
  lane: Prisma.Sql;
  key: Prisma.Sql;
  label: Prisma.Sql;
}

export function laneJoin(groupBy: LaneJoinGrouping): LaneJoin {
  const tables = FACET_TABLES[groupBy];
  const linkId = Prisma.raw(`j.${tables.linkColumn}`);
  const ownId = Prisma.raw(`l.${tables.ownId}`);
  const laneTable = Prisma.raw(tables.ownTable);
  return {
    table: Prisma.raw(tables.linkTable),
    laneTable,
    linkId,
    ownId,
    lane: Prisma.sql`JOIN ${laneTable} l ON ${ownId} = ${linkId}`,
    key: Prisma.raw(`l.${tables.key}`),
    label: Prisma.raw(`l.${tables.label}`),
  };
}

function hasNoLane(join: LaneJoin): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM ${join.table} j WHERE j.event_id = e.id)`;
}

/** The event (alias e) is in one of these lanes; NO_LANE_KEY stands for events in no lane. */
export function inLanesSql(groupBy: LaneJoinGrouping, keys: string[]): Prisma.Sql {
  const join = laneJoin(groupBy);
  const real = keys.filter((key) => key !== NO_LANE_KEY);
  const parts: Prisma.Sql[] = [];
  if (real.length) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM ${join.table} j ${join.lane} WHERE j.event_id = e.id AND ${join.key} IN (${Prisma.join(real)}))`);
  if (keys.includes(NO_LANE_KEY)) parts.push(hasNoLane(join));
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`1 = 0`;
}

/** The event is in at least one lane that is not among `keys` (NO_LANE_KEY as above). */
export function inLanesOtherThanSql(groupBy: LaneJoinGrouping, keys: string[]): Prisma.Sql {
  const join = laneJoin(groupBy);
  const real = keys.filter((key) => key !== NO_LANE_KEY);
  const outside = real.length ? Prisma.sql` AND ${join.key} NOT IN (${Prisma.join(real)})` : Prisma.empty;
  const parts = [Prisma.sql`EXISTS (SELECT 1 FROM ${join.table} j ${join.lane} WHERE j.event_id = e.id${outside})`];
  if (!keys.includes(NO_LANE_KEY)) parts.push(hasNoLane(join));
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}
