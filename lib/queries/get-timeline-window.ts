import { db, Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { hydrateEvents } from "./find-events";
import { eventWhereSql } from "./sql/event-where";
import { toNumber } from "./sql/dialect-sql";
import type { EventSummary } from "./event-summary";

export const TIMELINE_ITEM_LIMIT = 400;
/** Lane key of events with no topic, country or actor; slugs and country codes never start with "_". */
export const NO_LANE_KEY = "_none";
export const ALL_LANE_KEY = "_all";

export interface GetTimelineWindowOptions {
  filter: ResolvedEventFilter;
  viewer: Viewer;
  window: TimelineWindow;
  groupBy: LaneGrouping;
  limit?: number;
}

export interface TimelineLane {
  key: string;
  label: string;
  /** Matching events in the window in this lane, including any left out by the limit. */
  count: number;
}

export type TimelineItem = EventSummary & { laneKeys: string[] };

/**
 * What the timeline draws for one window. Callers read the fields they use, so later additions
 * (such as `buckets`: density per lane per period for zoomed-out views) do not change them.
 */
export interface TimelineWindowResult {
  window: TimelineWindow;
  groupBy: LaneGrouping;
  /** Most populated first; the no-topic/country/actor lane last. */
  lanes: TimelineLane[];
  /** The most important matching events first (importance, then date), at most `limit`. */
  items: TimelineItem[];
  /** Matching events that overlap the window. */
  total: number;
  truncated: boolean;
  limit: number;
}

const NO_LANE_LABEL: Record<LaneGrouping, string> = { topic: "No topic", country: "No country", actor: "No actor", none: "All events" };

/** Counts per lane in one GROUP BY, plus the events that belong to no lane. */
function laneCountsSql(groupBy: Exclude<LaneGrouping, "none">, where: Prisma.Sql): Prisma.Sql {
  const join = {
    topic: { table: Prisma.sql`event_topics`, lane: Prisma.sql`JOIN topics l ON l.id = j.topic_id`, key: Prisma.sql`l.slug`, label: Prisma.sql`l.name` },
    actor: { table: Prisma.sql`event_actors`, lane: Prisma.sql`JOIN actors l ON l.id = j.actor_id`, key: Prisma.sql`l.slug`, label: Prisma.sql`l.name` },
    country: { table: Prisma.sql`event_countries`, lane: Prisma.sql`JOIN countries l ON l.code = j.country_code`, key: Prisma.sql`l.code`, label: Prisma.sql`l.name` },
  }[groupBy];
  return Prisma.sql`
    SELECT ${join.key} AS lane_key, ${join.label} AS label, COUNT(*) AS n
    FROM events e JOIN ${join.table} j ON j.event_id = e.id ${join.lane}
    WHERE ${where}
    GROUP BY ${join.key}, ${join.label}
    UNION ALL
    SELECT CAST(${NO_LANE_KEY} AS TEXT) AS lane_key, CAST(${NO_LANE_LABEL[groupBy]} AS TEXT) AS label, COUNT(*) AS n
    FROM events e
    WHERE ${where} AND NOT EXISTS (SELECT 1 FROM ${join.table} j WHERE j.event_id = e.id)`;
}

function laneKeysOf(event: EventSummary, groupBy: LaneGrouping): string[] {
  const keys =
    groupBy === "topic" ? event.topics.map((t) => t.slug)
    : groupBy === "actor" ? event.actors.map((a) => a.slug)
    : groupBy === "country" ? event.countries.map((c) => c.code)
    : [ALL_LANE_KEY];
  return keys.length ? keys : [NO_LANE_KEY];
}

/** The events of one timeline window, grouped into lanes. Only events overlapping the window are read. */
export async function getTimelineWindow({
  filter,
  viewer,
  window,
  groupBy,
  limit = TIMELINE_ITEM_LIMIT,
}: GetTimelineWindowOptions): Promise<TimelineWindowResult> {
  const where = eventWhereSql(filter, viewer, window);
  const [idRows, countRows, laneRows] = await Promise.all([
    db.$queryRaw<{ id: number | bigint }[]>`
      SELECT e.id FROM events e WHERE ${where}
      ORDER BY e.importance DESC, e.earliest ASC, e.latest ASC, e.id ASC LIMIT ${limit}`,
    db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM events e WHERE ${where}`,
    groupBy === "none" ? Promise.resolve([]) : db.$queryRaw<{ lane_key: string; label: string; n: unknown }[]>(laneCountsSql(groupBy, where)),
  ]);
  const total = toNumber(countRows[0]?.n);
  // Lane membership comes with the summaries: their topics, actors and countries are loaded in batches, not per event.
  const summaries = await hydrateEvents(idRows.map((row) => Number(row.id)));
  const items = summaries.map((event) => ({ ...event, laneKeys: laneKeysOf(event, groupBy) }));

  const lanes: TimelineLane[] =
    groupBy === "none"
      ? total > 0 ? [{ key: ALL_LANE_KEY, label: NO_LANE_LABEL.none, count: total }] : []
      : laneRows
          .map((row) => ({ key: row.lane_key, label: row.label, count: toNumber(row.n) }))
          .filter((lane) => lane.count > 0)
          .sort((a, b) => Number(a.key === NO_LANE_KEY) - Number(b.key === NO_LANE_KEY) || b.count - a.count || a.label.localeCompare(b.label));

  return { window, groupBy, lanes, items, total, truncated: total > items.length, limit };
}
