import { ANONYMOUS } from "@/lib/domain/viewer";
import { DENSE_ITEM_LIMIT, getTimelineWindow, TIMELINE_ITEM_LIMIT } from "@/lib/queries/get-timeline-window";
import { MAX_SHOWN_LANES, OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import { hydrateRaw } from "../raw-driver";
import { monthStart, resolvedFilter, VISIBLE, yearStart, type BenchCase, type BenchContext } from "./bench-case";

const ZOOMS: [name: string, start: number, end: number][] = [
  ["whole history 1990–2026", yearStart(1990), yearStart(2027)],
  ["one year 2020", yearStart(2020), yearStart(2021)],
  ["one month 2020-06", monthStart(2020, 6), monthStart(2020, 7)],
];

/** getTimelineWindow (lanes by topic, at most 400 items) against its queries written by hand. */
export function timelineCases(ctx: BenchContext): BenchCase[] {
  return ZOOMS.map(([name, start, end]) => {
    const where = `${VISIBLE} AND e.earliest < ? AND e.latest > ?`;
    const params = [end, start];
    return {
      group: "timeline",
      name,
      app: async () => {
        const result = await getTimelineWindow({ filter: resolvedFilter({}), viewer: ANONYMOUS, window: { start, end }, groupBy: "topic" });
        const lanes = sortKeys(Object.fromEntries(result.lanes.filter((lane) => lane.key !== OTHER_LANE_KEY).map((lane) => [lane.key, lane.count])));
        return { count: result.total, fingerprint: { items: result.items.map((item) => item.id), lanes } };
      },
      raw: async () => {
        const counted = await ctx.raw.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM events e WHERE ${where}`, params);
        // Past TIMELINE_ITEM_LIMIT events the app is in density mode: its few items are the most important events
        // starting in the window, and it counts every topic's events per period (here per day, grouped in SQL).
        const dense = Number(counted[0]?.n ?? 0) > TIMELINE_ITEM_LIMIT;
        const itemQuery = dense
          ? `SELECT e.id FROM events e WHERE ${where} AND e.earliest >= ? ORDER BY e.importance DESC, e.earliest ASC, e.latest ASC, e.id ASC LIMIT ${DENSE_ITEM_LIMIT}`
          : `SELECT e.id FROM events e WHERE ${where} ORDER BY e.importance DESC, e.earliest ASC, e.latest ASC, e.id ASC LIMIT ${TIMELINE_ITEM_LIMIT}`;
        const [ids, , lanes, noLane] = await Promise.all([
          ctx.raw.all<{ id: number }>(itemQuery, dense ? [...params, start] : params),
          dense
            ? ctx.raw.all(`SELECT et.topic_id, CAST(e.earliest / 86400000 AS INTEGER) AS d, COUNT(*) AS n FROM events e JOIN event_topics et ON et.event_id = e.id WHERE ${where} GROUP BY et.topic_id, d`, params)
            : Promise.resolve([]),
          ctx.raw.all<{ slug: string; name: string; n: unknown }>(`SELECT t.slug, t.name, COUNT(*) AS n FROM events e JOIN event_topics et ON et.event_id = e.id JOIN topics t ON t.id = et.topic_id WHERE ${where} GROUP BY t.slug, t.name`, params),
          ctx.raw.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM events e WHERE ${where} AND NOT EXISTS (SELECT 1 FROM event_topics et WHERE et.event_id = e.id)`, params),
        ]);
        const items = await hydrateRaw(ctx.raw, ids.map((row) => Number(row.id)));
        // The app draws the most populated lanes (ties by name) and folds the rest into "Other", the no-topic lane last.
        const shown = lanes
          .map((row) => ({ key: row.slug, name: row.name, count: Number(row.n) }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (Number(noLane[0]?.n ?? 0) > 0) shown.push({ key: "_none", name: "", count: Number(noLane[0]?.n) });
        const laneCounts: Record<string, number> = Object.fromEntries(shown.slice(0, MAX_SHOWN_LANES).map((lane) => [lane.key, lane.count]));
        return { count: Number(counted[0]?.n ?? 0), fingerprint: { items: items.map((item) => Number(item.id)), lanes: sortKeys(laneCounts) } };
      },
    } satisfies BenchCase;
  });
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
