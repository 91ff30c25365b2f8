/**
 * Times getTimelineWindow at three zoom levels on the database named by DATABASE_URL:
 *   DATABASE_URL=file:/tmp/scale.db npx tsx scripts/timeline/bench-timeline-window.ts
 * Each level runs once to warm up, then RUNS times; prints the median and the worst, in ms.
 */
import { ANONYMOUS } from "../../lib/domain/viewer";
import { getTimelineExtent } from "../../lib/queries/get-timeline-extent";
import { getTimelineWindow } from "../../lib/queries/get-timeline-window";
import { fitFilteredEvents } from "../../lib/queries/load-timeline-window";
import { EMPTY_RESOLVED_FILTER } from "../../lib/queries/resolve-event-filter";
import { toFetchWindow } from "../../lib/timeline/window-math";
import { db } from "../../lib/db/client";
import { timeRuns } from "./time-runs";
import type { LaneGrouping } from "../../lib/timeline/timeline-params";

const RUNS = Number(process.env.RUNS ?? 7);
const filter = EMPTY_RESOLVED_FILTER;

async function time(label: string, run: () => Promise<{ total: number; dense: boolean; items: unknown[]; buckets: unknown[] }>) {
  const { first, times, median } = await timeRuns(run, RUNS);
  console.log(`${label.padEnd(34)} median ${median.toFixed(1).padStart(7)} ms  worst ${times.at(-1)!.toFixed(1).padStart(7)} ms  (${first.total} events, ${first.dense ? `${first.buckets.length} buckets + ` : ""}${first.items.length} items)`);
}

const extent = await getTimelineExtent({ filter, viewer: ANONYMOUS });
const today = Date.now();
const all = fitFilteredEvents(extent, filter, today);
const year = { start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) };
const month = { start: Date.UTC(2019, 6, 1), end: Date.UTC(2019, 7, 1) };
console.log(`${extent.count} events; ${RUNS} runs per level after one warm-up; fetch window = view ± 25 %, 1500 px.`);
for (const groupBy of ["topic", "country", "actor"] as LaneGrouping[]) {
  for (const [name, view] of [["all time", all], ["one year (2019)", year], ["one month (July 2019)", month]] as const) {
    await time(`${groupBy} lanes, ${name}`, () => getTimelineWindow({ filter, viewer: ANONYMOUS, window: toFetchWindow(view), groupBy, pixelWidth: 1500 }));
  }
}
await db.$disconnect();
