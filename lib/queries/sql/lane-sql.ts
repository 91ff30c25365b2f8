import { Prisma } from "@/lib/db/client";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";

/** Lane key of events with no topic, country or actor; slugs and country codes never start with "_". */
export const NO_LANE_KEY = "_none";
export const NO_LANE_LABEL: Record<LaneGrouping, string> = { topic: "No topic", country: "No country", actor: "No actor", none: "All events" };

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
  return {
    topic: { table: Prisma.sql`event_topics`, laneTable: Prisma.sql`topics`, linkId: Prisma.sql`j.topic_id`, ownId: Prisma.sql`l.id`, lane: Prisma.sql`JOIN topics l ON l.id = j.topic_id`, key: Prisma.sql`l.slug`, label: Prisma.sql`l.name` },
    actor: { table: Prisma.sql`event_actors`, laneTable: Prisma.sql`actors`, linkId: Prisma.sql`j.actor_id`, ownId: Prisma.sql`l.id`, lane: Prisma.sql`JOIN actors l ON l.id = j.actor_id`, key: Prisma.sql`l.slug`, label: Prisma.sql`l.name` },
    country: { table: Prisma.sql`event_countries`, laneTable: Prisma.sql`countries`, linkId: Prisma.sql`j.country_code`, ownId: Prisma.sql`l.code`, lane: Prisma.sql`JOIN countries l ON l.code = j.country_code`, key: Prisma.sql`l.code`, label: Prisma.sql`l.name` },
  }[groupBy];
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
