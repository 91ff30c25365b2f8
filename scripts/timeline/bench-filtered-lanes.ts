/**
 * Times getTimelineWindow under a topic / country filter with lanes (from event_pair_counts, or event_link_days):
 *   DATABASE_URL=file:/path/1m.db npx tsx scripts/timeline/bench-filtered-lanes.ts
 * Prints the median of RUNS after one warm-up and a hash of the result, to compare plans.
 */
import { createHash } from "node:crypto";
import { ANONYMOUS } from "../../lib/domain/viewer";
import { getTimelineWindow } from "../../lib/queries/get-timeline-window";
import { resolveEventFilter } from "../../lib/queries/resolve-event-filter";
import { db } from "../../lib/db/client";
import { timeRuns } from "./time-runs";
import type { LaneGrouping } from "../../lib/timeline/timeline-params";
import type { EventFilter } from "../../lib/filters/event-filter";

const RUNS = Number(process.env.RUNS ?? 3);
const windows = [
  ["June 2020", { start: Date.UTC(2020, 5, 1), end: Date.UTC(2020, 6, 1) }],
  ["2020", { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) }],
  ["1990–2027", { start: Date.UTC(1990, 0, 1), end: Date.UTC(2028, 0, 1) }],
] as const;
const cases: [string, Partial<EventFilter>, LaneGrouping][] = [
  ["topic=syn-diplomacy by country", { topics: ["syn-diplomacy"] }, "country"],
  ["topic=syn-diplomacy by actor", { topics: ["syn-diplomacy"] }, "actor"],
  ["country=MY by topic", { countries: ["MY"] }, "topic"],
  // Not in event_pair_counts: from Malaysia's rows of event_link_days.
  ["country=MY by country", { countries: ["MY"] }, "country"],
  ["country=MY by actor", { countries: ["MY"] }, "actor"],
];
const only = process.env.ONLY;
for (const [name, partial, groupBy] of cases) {
  const resolved = await resolveEventFilter({ topics: [], actors: [], countries: [], ...partial } as EventFilter);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
  for (const [label, window] of windows) {
    if (only && !`${name} ${label}`.includes(only)) continue;
    const run = () => getTimelineWindow({ filter: resolved.value, viewer: ANONYMOUS, window, groupBy, pixelWidth: 1500 });
    const { first, median } = await timeRuns(run, RUNS);
    const hash = createHash("sha1").update(JSON.stringify(first)).digest("hex").slice(0, 10);
    console.log(`${`${name}, ${label}`.padEnd(44)} median ${median.toFixed(0).padStart(6)} ms  (${first.total} events, ${first.buckets.length} buckets, ${first.items.length} items) ${hash}`);
  }
}
await db.$disconnect();
