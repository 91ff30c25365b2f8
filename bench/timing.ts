export interface Timing {
  iterations: number;
  p50: number;
  p95: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    iterations: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
  };
}

export interface CompareOptions {
  warmup: number;
  iterations: number;
  /** Each side stops early once it has spent this long (after at least 3 runs), so slow scans at 1M stay bounded. */
  budgetMs: number;
}

/**
 * Times the app and its raw baseline in alternation (app, raw, app, raw, …) so that drift in the machine's
 * load hits both sides alike. Returns their timings and the result of the last run of each.
 */
export async function compareTimed<A, R>(app: () => Promise<A>, raw: () => Promise<R>, options: CompareOptions) {
  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const t = performance.now();
    const result = await run();
    return [result, performance.now() - t];
  };
  const [firstAppResult, firstApp] = await timed(app);
  const [firstRawResult, firstRaw] = await timed(raw);
  let appResult = firstAppResult;
  let rawResult = firstRawResult;
  // A side slower than the whole budget on its first run is not repeated: that single run is its figure. The
  // other side, when fast, is still timed properly on its own, so a slow baseline cannot leave it one cold run.
  if (Math.max(firstApp, firstRaw) > options.budgetMs) {
    const alone = async (run: () => Promise<unknown>, first: number) => {
      if (first > options.budgetMs) return [first];
      for (let i = 1; i < options.warmup; i++) await run();
      const samples: number[] = [];
      for (let spent = 0; samples.length < options.iterations && (samples.length < 3 || spent <= options.budgetMs); ) {
        const [, ms] = await timed(run);
        samples.push(ms);
        spent += ms;
      }
      return samples;
    };
    return { app: summarise(await alone(app, firstApp)), raw: summarise(await alone(raw, firstRaw)), appResult, rawResult, firstApp: Math.round(firstApp * 100) / 100 };
  }
  for (let i = 1; i < options.warmup; i++) { await app(); await raw(); }
  const appSamples: number[] = [];
  const rawSamples: number[] = [];
  let spentApp = 0;
  let spentRaw = 0;
  const minimum = Math.min(3, options.iterations);
  for (let i = 0; i < options.iterations; i++) {
    if (i >= minimum && (spentApp > options.budgetMs || spentRaw > options.budgetMs)) break;
    let t = performance.now();
    appResult = await app();
    const a = performance.now() - t;
    t = performance.now();
    rawResult = await raw();
    const r = performance.now() - t;
    appSamples.push(a);
    rawSamples.push(r);
    spentApp += a;
    spentRaw += r;
  }
  return { app: summarise(appSamples), raw: summarise(rawSamples), appResult, rawResult, firstApp: Math.round(firstApp * 100) / 100 };
}
