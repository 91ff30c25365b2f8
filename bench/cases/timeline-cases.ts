import { ANONYMOUS } from "@/lib/domain/viewer";
import { DENSE_ITEM_LIMIT, getTimelineWindow, TIMELINE_ITEM_LIMIT } from "@/lib/queries/get-timeline-window";
import { MAX_SHOWN_LANES, OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import { hydrateRaw } from "../raw-driver";
import type { ResolvedEventFilter } from "@/lib/queries/resolve-event-filter";
import { monthStart, resolvedFilter, VISIBLE, yearStart, type BenchCase, type BenchContext } from "./bench-case";

const ZOOMS: [name: string, start: number, end: number][] = [
  ["whole history 1990–2026", yearStart(1990), yearStart(2027)],
  ["one year 2020", yearStart(2020), yearStart(2021)],
  ["one month 2020-06", monthStart(2020, 6), monthStart(2020, 7)],
];

/** How the hand-written side joins a kind of lane: its link table and the lane's key and label. */
const LANE_SQL = {
  topic: { link: "event_topics l", on: "l.event_id = e.id", label: "JOIN topics t ON t.id = l.topic_id", key: "t.slug", name: "t.name", member: "l.topic_id" },
  country: { link: "event_countries l", on: "l.event_id = e.id", label: "JOIN countries c ON c.code = l.country_code", key: "c.code", name: "c.name", member: "l.country_code" },
} as const;

interface TimelineFilter {
  label: string;
  filter: ResolvedEventFilter;
  /** The filter written by hand, ANDed to the window. */
  where: string;
  params: unknown[];
}

/**
 * getTimelineWindow (at most 400 items) against its queries written by hand: unfiltered with lanes by topic at three
 * zoom levels, and lanes by country under the most used topic (its events counted per country, event_pair_counts).
 */
export function timelineCases(ctx: BenchContext): BenchCase[] {
  const none: TimelineFilter = { label: "", filter: resolvedFilter({}), where: "", params: [] };
  const topic: TimelineFilter = {
    label: "the most used topic by country, ",
    filter: resolvedFilter({ topics: [ctx.topic.slug], topicIds: [ctx.topic.id] }),
    where: " AND EXISTS (SELECT 1 FROM event_topics ft WHERE ft.event_id = e.id AND ft.topic_id = ?)",
    params: [ctx.topic.id],
  };
  return [
    ...ZOOMS.map(([name, start, end]) => timelineCase(ctx, name, start, end, none, "topic")),
    timelineCase(ctx, ZOOMS[0]![0], ZOOMS[0]![1], ZOOMS[0]![2], topic, "country"),
    timelineCase(ctx, ZOOMS[1]![0], ZOOMS[1]![1], ZOOMS[1]![2], topic, "country"),
  ];
}

function timelineCase(ctx: BenchContext, name: string, start: number, end: number, filter: TimelineFilter, groupBy: keyof typeof LANE_SQL): BenchCase {
  const where = `${VISIBLE} AND e.earliest < ? AND e.latest > ?${filter.where}`;
  const params = [end, start, ...filter.params];
  const lane = LANE_SQL[groupBy];
  return {
    group: "timeline",
    name: `${filter.label}${name}`,
    app: async () => {
      const result = await getTimelineWindow({ filter: filter.filter, viewer: ANONYMOUS, window: { start, end }, groupBy });
      const lanes = sortKeys(Object.fromEntries(result.lanes.filter((shown) => shown.key !== OTHER_LANE_KEY).map((shown) => [shown.key, shown.count])));
      return { count: result.total, fingerprint: { items: result.items.map((item) => item.id), lanes } };
    },
    raw: async () => {
      const counted = await ctx.raw.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM events e WHERE ${where}`, params);
      // Past TIMELINE_ITEM_LIMIT events the app is in density mode: its few items are the most important events
      // starting in the window, and it counts every lane's events per period (here per day, grouped in SQL).
      const dense = Number(counted[0]?.n ?? 0) > TIMELINE_ITEM_LIMIT;
      const itemQuery = dense
        ? `SELECT e.id FROM events e WHERE ${where} AND e.earliest >= ? ORDER BY e.importance DESC, e.earliest ASC, e.latest ASC, e.id ASC LIMIT ${DENSE_ITEM_LIMIT}`
        : `SELECT e.id FROM events e WHERE ${where} ORDER BY e.importance DESC, e.earliest ASC, e.latest ASC, e.id ASC LIMIT ${TIMELINE_ITEM_LIMIT}`;
      const [ids, , lanes, noLane] = await Promise.all([
        ctx.raw.all<{ id: number }>(itemQuery, dense ? [...params, start] : params),
        dense
          ? ctx.raw.all(`SELECT ${lane.member}, CAST(e.earliest / 86400000 AS INTEGER) AS d, COUNT(*) AS n FROM events e JOIN ${lane.link} ON ${lane.on} WHERE ${where} GROUP BY ${lane.member}, d`, params)
          : Promise.resolve([]),
        ctx.raw.all<{ slug: string; name: string; n: unknown }>(`SELECT ${lane.key} AS slug, ${lane.name} AS name, COUNT(*) AS n FROM events e JOIN ${lane.link} ON ${lane.on} ${lane.label} WHERE ${where} GROUP BY ${lane.key}, ${lane.name}`, params),
        ctx.raw.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM events e WHERE ${where} AND NOT EXISTS (SELECT 1 FROM ${lane.link} WHERE ${lane.on})`, params),
      ]);
      const items = await hydrateRaw(ctx.raw, ids.map((row) => Number(row.id)));
      // The app draws the most populated lanes (ties by name) and folds the rest into "Other", the no-lane lane last.
      const shown = lanes
        .map((row) => ({ key: row.slug, name: row.name, count: Number(row.n) }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
      if (Number(noLane[0]?.n ?? 0) > 0) shown.push({ key: "_none", name: "", count: Number(noLane[0]?.n) });
      const laneCounts: Record<string, number> = Object.fromEntries(shown.slice(0, MAX_SHOWN_LANES).map((row) => [row.key, row.count]));
      return { count: Number(counted[0]?.n ?? 0), fingerprint: { items: items.map((item) => Number(item.id)), lanes: sortKeys(laneCounts) } };
    },
  } satisfies BenchCase;
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
