import { performance } from "node:perf_hooks";

/** Runs `run` once to warm up (its result is returned), then `runs` times timed; the times come back sorted. */
export async function timeRuns<T>(run: () => Promise<T>, runs: number): Promise<{ first: T; times: number[]; median: number }> {
  const first = await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { first, times, median: times[Math.floor(times.length / 2)]! };
}
