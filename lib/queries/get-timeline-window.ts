import type { Viewer } from "@/lib/domain/viewer";
import { IMPORTANCE_MIN } from "@/lib/domain/event-vocabulary";
import { bucketBounds, chooseBucketStep, DEFAULT_PLOT_PX, type BucketStep } from "@/lib/timeline/bucket-width";
import { chooseShownLanes, EMPTY_LANE_CHOICE, OTHER_LANE_KEY, type LaneChoice } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { FacetName } from "@/lib/domain/facets";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { hydrateEvents } from "./find-events";
import { planCount, type CountPlanner } from "./counts/plan-count";
import { eventWhereSql } from "./sql/event-where";
import { NO_LANE_KEY, NO_LANE_LABEL } from "./sql/lane-sql";
import { pairLanesOf } from "./counts/pair-window-sql";
import { pairWindowCounter } from "./timeline/pair-window-counter";
import { pairRowsCheaper } from "./timeline/choose-lane-rows";
import { countedWindowCounter } from "./timeline/counted-window-counter";
import { findWindowItemIds } from "./timeline/find-window-item-ids";
import { planWindowWalk } from "./timeline/plan-window-walk";
import { planDateWalk, type WalkFilter } from "./sql/plan-date-walk";
import { liveWindowCounter, windowRange } from "./timeline/live-window-counter";
import { ALL_LANE_KEY, type TimelineBucket, type TimelineLane } from "./timeline/timeline-types";
import type { EventSummary } from "./event-summary";
import { matchInMatrix } from "./matrix/match-in-matrix";
import { matrixWindowCounter, matrixWindowItemIds } from "./matrix/matrix-window";

export { NO_LANE_KEY } from "./sql/lane-sql";
export { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
export { ALL_LANE_KEY } from "./timeline/timeline-types";
export type { TimelineBucket, TimelineLane } from "./timeline/timeline-types";

/** Up to this many matching events, the window returns them all as items; past it, density plus the most important. */
export const TIMELINE_ITEM_LIMIT = 300;
/** Items drawn over the density when a window is dense: the most important ones. */
export const DENSE_ITEM_LIMIT = 60;
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
  planner?: CountPlanner;
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
  /** Sparse: every matching event. Dense: the most important events starting in the window. */
  items: TimelineItem[];
  /** Matching events that overlap the window. */
  total: number;
  truncated: boolean;
  limit: number;
  /** True when the window holds more than the threshold: `buckets` then summarise every event. */
  dense: boolean;
  /** Matching events per shown lane per bucket, by the bucket of their start; empty when not dense. */
  buckets: TimelineBucket[];
  /** The bucket grid when dense: its step and its boundaries [b0, …, bn] (b0 ≤ window start, bn ≥ window end). */
  bucketStep: BucketStep | null;
  bucketBounds: number[];
}

/** An event's lane keys by each facet, from what its summary carries. */
const LANE_KEYS: Record<FacetName, (event: EventSummary) => string[]> = {
  topic: (event) => event.topics.map((t) => t.slug),
  actor: (event) => event.actors.map((a) => a.slug),
  country: (event) => event.countries.map((c) => c.code),
  actor_kind: (event) => [...new Set(event.actors.map((a) => a.kind))],
};

function laneKeysOf(event: EventSummary, groupBy: LaneGrouping): string[] {
  const keys = groupBy === "none" ? [ALL_LANE_KEY] : LANE_KEYS[groupBy](event);
  return keys.length ? keys : [NO_LANE_KEY];
}

/** An item's lanes among those drawn; an item only in folded lanes goes to "Other", one only in hidden lanes to none. */
function drawnLaneKeys(keys: string[], shown: Set<string>, hidden: Set<string>, hasOther: boolean): string[] {
  const inShown = keys.filter((key) => shown.has(key));
  if (inShown.length) return inShown;
  return hasOther && keys.some((key) => !hidden.has(key)) ? [OTHER_LANE_KEY] : [];
}

/**
 * The events of one timeline window, grouped into lanes. A sparse window returns its events; a dense
 * one returns density buckets for every lane and only the most important events as items, so the
 * page never draws more than a few hundred elements. Counting comes from the count tables when the
 * planner allows (see planCount), otherwise from the matching events: in the event matrix, or in SQL.
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
  planner = planCount,
}: GetTimelineWindowOptions): Promise<TimelineWindowResult> {
  const plan = planner(filter, viewer, "window", groupBy);
  const range = windowRange(filter, window);
  // A window outside the filter's period still shows the events spanning both: only the events can tell those apart.
  const countable = plan.table === "event_counts" && range.start < range.end ? plan.target : null;
  // event_counts counts all events by lane, or one topic (actor, country) as one lane; event_pair_counts a topic by
  // any lane, an actor or a country by topic, unless the window has few events for its lane members;
  // event_link_days a one-member filter's other lanes, and those windows. The rest is counted from the matching events.
  const counted = countable && (countable.dim === "all" || groupBy === "none") ? countable : null;
  const pairs = !counted && countable ? pairLanesOf(countable, groupBy) : null;
  const pairCost = pairs ? await pairRowsCheaper(pairs, range) : null;
  const paired = pairs && pairCost?.cheaper ? pairs : null;
  const linkDays = !counted && !paired && countable && countable.dim !== "all" ? countable : null;
  // Only a count from the events, or a sparse window's items, uses the walk: it costs a count of the filter's links.
  // Any other filter: the event matrix's matches in the window, when there is a matrix.
  const match = plan.table === "event_matrix" ? await matchInMatrix(filter, viewer, undefined, window) : null;
  const walk = counted || paired || linkDays || match ? null : await planWindowWalk(filter, viewer, window);
  // The grid a dense window draws, known before counting: the live count can then read lanes and density in one pass.
  const gridStep = chooseBucketStep(window, pixelWidth);
  const gridBounds = bucketBounds(window, gridStep);
  const counter = counted ? countedWindowCounter(counted, window)
    : paired ? pairWindowCounter(paired, window, pairCost ?? undefined)
    : match ? matrixWindowCounter(match, range, gridBounds)
    : liveWindowCounter(filter, viewer, window, walk ?? undefined, gridBounds, linkDays ?? undefined);
  const { total, lanes: allLanes } = await counter.countLanes(groupBy);
  const dense = total > densityThreshold;
  const itemLimit = dense ? Math.min(DENSE_ITEM_LIMIT, limit) : limit;

  const { shown, folded } = chooseShownLanes(allLanes, laneChoice);
  const shownKeys = shown.map((lane) => lane.key);
  const hasOther = groupBy !== "none" && folded.length > 0;
  const step = dense ? gridStep : null;
  const bounds = step ? gridBounds : [];

  // Dense items walk the (importance, earliest) index and stop at the limit: that is a date-sorted page's choice, not the count's.
  const minImportance = filter.minImportance ?? IMPORTANCE_MIN;
  const readItemIds = async () => {
    if (match) return matrixWindowItemIds(match, dense, itemLimit, minImportance, counter.range.start);
    const itemWalk = dense ? (await planDateWalk(filter)).walk : (walk ?? (linkDays ? await planWindowWalk(filter, viewer, window) : new Set<WalkFilter>()));
    return findWindowItemIds({ where: eventWhereSql(filter, viewer, window, itemWalk), dense, limit: itemLimit, minImportance, rangeStart: counter.range.start });
  };
  const [ids, buckets] = await Promise.all([
    readItemIds(),
    step ? counter.countDensity({ groupBy, shownKeys, hiddenKeys: laneChoice.hidden, withOther: hasOther, bounds, step }) : Promise.resolve([]),
  ]);
  // Lane membership comes with the summaries: their topics, actors and countries are loaded in batches, not per event.
  const summaries = await hydrateEvents(ids);
  const shownSet = new Set(shownKeys);
  const hiddenSet = new Set(laneChoice.hidden);
  const items = summaries.map((event) => {
    const keys = laneKeysOf(event, groupBy);
    return { ...event, laneKeys: groupBy === "none" ? keys : drawnLaneKeys(keys, shownSet, hiddenSet, hasOther) };
  });

  // "Other" sums the folded lanes, as if they were drawn: an event in two folded lanes counts in both.
  const otherCount = folded.reduce((sum, lane) => sum + lane.count, 0);
  const lanes: TimelineLane[] =
    groupBy === "none"
      ? total > 0 ? [{ key: ALL_LANE_KEY, label: NO_LANE_LABEL.none, count: total }] : []
      : [...shown, ...(hasOther && otherCount > 0 ? [{ key: OTHER_LANE_KEY, label: `Other (${folded.length} more)`, count: otherCount }] : [])];
  const hiddenLanes = allLanes.filter((lane) => hiddenSet.has(lane.key));
  const laneOptions = [...allLanes.filter((lane) => !hiddenSet.has(lane.key)).slice(0, LANE_OPTION_LIMIT), ...hiddenLanes];

  return { window, groupBy, lanes, laneOptions, laneChoice, items, total, truncated: total > items.length, limit: itemLimit, dense, buckets, bucketStep: step, bucketBounds: bounds };
}
