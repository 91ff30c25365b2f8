/**
 * Times the dashboard and a list's count for a few filters with the event matrix and in SQL, on DATABASE_URL:
 *   DATABASE_URL=file:… npx tsx scripts/matrix/try-matrix.ts "country=MY&topic=syn-diplomacy" "q=summit"
 */
import { filterFromQuery } from "../../tests/support/filter-from-query";
import { getDashboardStats } from "../../lib/queries/get-dashboard-stats";
import { countMatchingEvents } from "../../lib/queries/count-matching-events";
import { countFromEvents } from "../../lib/queries/counts/plan-count";
import { currentMatrix } from "../../lib/queries/matrix/matrix-source";
import { ANONYMOUS } from "../../lib/domain/viewer";
import { findEvents } from "../../lib/queries/find-events";
import { getTimelineWindow } from "../../lib/queries/get-timeline-window";

async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, Math.round(performance.now() - started)];
}

async function main() {
  const [matrix, loadMs] = await time(() => currentMatrix());
  console.log(`matrix: ${matrix?.size} events loaded in ${loadMs} ms, ${Math.round((matrix?.bytes ?? 0) / 1e6)} MB of arrays, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
  for (const query of process.argv.slice(2)) {
    const filter = await filterFromQuery(query);
    const runs: number[] = [];
    let stats;
    for (let i = 0; i < 3; i++) {
      const [result, ms] = await time(() => getDashboardStats({ filter, viewer: ANONYMOUS }));
      stats = result;
      runs.push(ms);
    }
    const [count, countMs] = await time(() => countMatchingEvents(filter, ANONYMOUS));
    const [, pageMs] = await time(() => findEvents({ filter, viewer: ANONYMOUS }));
    const [, pageMs2] = await time(() => findEvents({ filter, viewer: ANONYMOUS }));
    const [, dateMs] = await time(() => findEvents({ filter, viewer: ANONYMOUS, sort: "-date" }));
    const window = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2026, 0, 1) };
    const [, timelineMs] = await time(() => getTimelineWindow({ filter, viewer: ANONYMOUS, window, groupBy: "country" }));
    const [, timelineMs2] = await time(() => getTimelineWindow({ filter, viewer: ANONYMOUS, window, groupBy: "actor" }));
    console.log(`  events page ${pageMs}, ${pageMs2} ms; by date ${dateMs} ms; timeline by country ${timelineMs} ms, by actor ${timelineMs2} ms`);
    const sql = process.env.SQL === "1" ? await time(() => getDashboardStats({ filter, viewer: ANONYMOUS, planner: countFromEvents })) : null;
    console.log(`${query}: dashboard ${runs.join(", ")} ms (events ${stats!.headline.counts.events}); count ${countMs} ms (${count.count})${sql ? `; SQL dashboard ${sql[1]} ms, equal: ${JSON.stringify(sql[0]) === JSON.stringify(stats)}` : ""}`);
  }
}

main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
