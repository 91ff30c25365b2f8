import { db, Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { chooseBucketWidth, DEFAULT_PLOT_PX } from "@/lib/timeline/bucket-width";
import { chooseShownLanes, EMPTY_LANE_CHOICE, OTHER_LANE_KEY, type LaneChoice } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { hydrateEvents } from "./find-events";
import { getTimelineDensity, type TimelineBucket } from "./get-timeline-density";
import { eventWhereSql } from "./sql/event-where";
import { toNumber } from "./sql/dialect-sql";
import { inLanesOtherThanSql, inLanesSql, laneCountsSql, NO_LANE_KEY, NO_LANE_LABEL } from "./sql/lane-sql";
import type { EventSummary } from "./event-summary";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";

export { NO_LANE_KEY } from "./sql/lane-sql";
export { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
export type { TimelineBucket } from "./get-timeline-density";

/** Up to this many matching events, the window returns them all as items; past it, density plus the most important. */
export const TIMELINE_ITEM_LIMIT = 300;
/** Items drawn over the density when a window is dense: the most important ones. */
export const DENSE_ITEM_LIMIT = 60;
export const ALL_LANE_KEY = "_all";
/** How many lanes the lane menu offers besides the hidden ones. */
const LANE_OPTION_LIMIT = 40;

export interface GetTimelineWindowOptions {
  filter: ResolvedEventFilter;
  viewer: Viewer;
  window: TimelineWindow;
  groupBy: LaneGrouping;
  /** Most items returned when the window is sparse. */
  limit?: number;
  /** Past this many matching events the window is dense: buckets plus the DENSE_ITEM_LIMIT most important items. */
  densityThreshold?: number;
  laneChoice?: LaneChoice;
  /** Plot width in px, to size the buckets (~10 px each). */
  pixelWidth?: number;
}

export interface TimelineLane {
  key: string;
  label: string;
  /** Matching events in the window in this lane, including any left out by the limit. */
  count: number;
}

export type TimelineItem = EventSummary & { laneKeys: string[] };

/** What the timeline draws for one window. */
export interface TimelineWindowResult {
  window: TimelineWindow;
  groupBy: LaneGrouping;
  /** The lanes to draw: the reader's order first, then most populated; at most 12 plus "Other". */
  lanes: TimelineLane[];
  /** Lanes the reader may order or hide (the busiest ones and the hidden ones), with their counts. */
  laneOptions: TimelineLane[];
  laneChoice: LaneChoice;
  /** The most important matching events first (importance, then date). */
  items: TimelineItem[];
  /** Matching events that overlap the window. */
  total: number;
  truncated: boolean;
  limit: number;
  /** True when the window holds more than the threshold: `buckets` then summarise every event. */
  dense: boolean;
  /** Matching events per shown lane per period, by the period of their start; empty when not dense. */
  buckets: TimelineBucket[];
  bucketWidth: number | null;
}

function laneKeysOf(event: EventSummary, groupBy: LaneGrouping): string[] {
  const keys =
    groupBy === "topic" ? event.topics.map((t) => t.slug)
    : groupBy === "actor" ? event.actors.map((a) => a.slug)
    : groupBy === "country" ? event.countries.map((c) => c.code)
    : [ALL_LANE_KEY];
  return keys.length ? keys : [NO_LANE_KEY];
}

/** An item's lanes among those drawn; an item only in folded lanes goes to "Other", one only in hidden lanes to none. */
function drawnLaneKeys(keys: string[], shown: Set<string>, hidden: Set<string>, hasOther: boolean): string[] {
  const inShown = keys.filter((key) => shown.has(key));
  if (inShown.length) return inShown;
  return hasOther && keys.some((key) => !hidden.has(key)) ? [OTHER_LANE_KEY] : [];
}

async function countLanes(groupBy: LaneGrouping, where: Prisma.Sql): Promise<TimelineLane[]> {
  if (groupBy === "none") return [];
  const rows = await db.$queryRaw<{ lane_key: string; label: string; n: unknown }[]>(laneCountsSql(groupBy, where));
  return rows
    .map((row) => ({ key: row.lane_key, label: row.label, count: toNumber(row.n) }))
    .filter((lane) => lane.count > 0)
    .sort((a, b) => Number(a.key === NO_LANE_KEY) - Number(b.key === NO_LANE_KEY) || b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * The events of one timeline window, grouped into lanes. Only events overlapping the window are
 * read. A sparse window returns its events; a dense one returns density buckets for every lane and
 * only the most important events as items, so the page never draws more than a few hundred elements.
 */
export async function getTimelineWindow({
  filter,
  viewer,
  window,
  groupBy,
  limit = TIMELINE_ITEM_LIMIT,
  densityThreshold = TIMELINE_ITEM_LIMIT,
  laneChoice = EMPTY_LANE_CHOICE,
  pixelWidth = DEFAULT_PLOT_PX,
}: GetTimelineWindowOptions): Promise<TimelineWindowResult> {
  const where = eventWhereSql(filter, viewer, window);
  const [countRows, allLanes] = await Promise.all([
    db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM events e WHERE ${where}`,
    countLanes(groupBy, where),
  ]);
  const total = toNumber(countRows[0]?.n);
  const dense = total > densityThreshold;
  const itemLimit = dense ? Math.min(DENSE_ITEM_LIMIT, limit) : limit;

  const { shown, folded } = chooseShownLanes(allLanes, laneChoice);
  const shownKeys = shown.map((lane) => lane.key);
  const hasOther = groupBy !== "none" && folded.length > 0;
  const otherWhere = groupBy === "none" ? null : Prisma.sql`NOT ${inLanesSql(groupBy, shownKeys)} AND ${inLanesOtherThanSql(groupBy, laneChoice.hidden)}`;
  const bucketWidth = dense ? chooseBucketWidth(window, pixelWidth) : null;

  // Over density, open-ended events (unknown start, ongoing) would cover every lane with identical bars: dated ones first.
  const openLast = dense ? Prisma.sql`CASE WHEN e.earliest > ${DATE_MIN} AND e.latest < ${DATE_MAX} THEN 0 ELSE 1 END ASC, ` : Prisma.empty;
  const [idRows, otherRows, buckets] = await Promise.all([
    db.$queryRaw<{ id: number | bigint }[]>`
      SELECT e.id FROM events e WHERE ${where}
      ORDER BY ${openLast}e.importance DESC, e.earliest ASC, e.latest ASC, e.id ASC LIMIT ${itemLimit}`,
    hasOther && otherWhere ? db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM events e WHERE ${where} AND ${otherWhere}` : Promise.resolve([]),
    bucketWidth === null ? Promise.resolve([])
    : getTimelineDensity(where, window, bucketWidth, {
        groupBy,
        shownKeys,
        extra: groupBy === "none" ? { key: ALL_LANE_KEY, where: Prisma.sql`1 = 1` } : hasOther && otherWhere ? { key: OTHER_LANE_KEY, where: otherWhere } : undefined,
      }),
  ]);
  // Lane membership comes with the summaries: their topics, actors and countries are loaded in batches, not per event.
  const summaries = await hydrateEvents(idRows.map((row) => Number(row.id)));
  const shownSet = new Set(shownKeys);
  const hiddenSet = new Set(laneChoice.hidden);
  const items = summaries.map((event) => {
    const keys = laneKeysOf(event, groupBy);
    return { ...event, laneKeys: groupBy === "none" ? keys : drawnLaneKeys(keys, shownSet, hiddenSet, hasOther) };
  });

  const otherCount = toNumber(otherRows[0]?.n);
  const lanes: TimelineLane[] =
    groupBy === "none"
      ? total > 0 ? [{ key: ALL_LANE_KEY, label: NO_LANE_LABEL.none, count: total }] : []
      : [...shown, ...(hasOther && otherCount > 0 ? [{ key: OTHER_LANE_KEY, label: `Other (${folded.length} more)`, count: otherCount }] : [])];
  const hiddenLanes = allLanes.filter((lane) => hiddenSet.has(lane.key));
  const laneOptions = [...allLanes.filter((lane) => !hiddenSet.has(lane.key)).slice(0, LANE_OPTION_LIMIT), ...hiddenLanes];

  return { window, groupBy, lanes, laneOptions, laneChoice, items, total, truncated: total > items.length, limit: itemLimit, dense, buckets, bucketWidth };
}
