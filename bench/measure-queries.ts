/**
 * Child process of `npm run bench`: times the app's queries against hand-written SQL on the database in
 * DATABASE_URL (the data-access layer binds to it on first import) and writes JSON to the file in argv.
 *   tsx bench/measure-queries.ts <out.json> <iterations> <warmup> <budgetMs>
 */
import fs from "node:fs";
import { openRawDb } from "./raw-driver";
import { compareTimed } from "./timing";
import { buildBenchCases, checkOutcome, loadBenchContext } from "./query-suite";
import { currentMatrix, searchPostingsOf } from "../lib/queries/matrix/matrix-source";

export interface QueryMeasurement {
  group: string;
  name: string;
  note?: string;
  appCount: number;
  rawCount: number;
  app: { p50: number; p95: number; iterations: number };
  raw: { p50: number; p95: number; iterations: number };
  /** The app's first run, before any warm-up, with no search matches kept in memory from an earlier case. */
  first?: number;
  /** app p95 / raw p95. */
  ratio: number;
}

async function main() {
  const [out, iterations, warmup, budgetMs] = process.argv.slice(2);
  if (!out) throw new Error("usage: measure-queries.ts <out.json> <iterations> <warmup> <budgetMs>");
  const ctx = await loadBenchContext(openRawDb(process.env.DATABASE_URL!));
  const { fullText, cases } = await buildBenchCases(ctx);
  // The event matrix loads once per server; the cases time it warm, and its load is reported apart.
  const loadStarted = performance.now();
  const matrix = await currentMatrix();
  const matrixLoad = matrix ? { events: matrix.size, loadMs: Math.round(performance.now() - loadStarted), megabytes: Math.round(matrix.bytes / 1e6) } : null;
  const results: QueryMeasurement[] = [];
  for (const testCase of cases) {
    const current = await currentMatrix();
    if (current) searchPostingsOf(current).forget();
    const timed = await compareTimed(testCase.app, testCase.raw, { iterations: Number(iterations), warmup: Number(warmup), budgetMs: Number(budgetMs) });
    checkOutcome(testCase, timed.appResult, timed.rawResult);
    results.push({
      group: testCase.group,
      name: testCase.name,
      note: testCase.note,
      appCount: timed.appResult.count,
      rawCount: timed.rawResult.count,
      app: timed.app,
      raw: timed.raw,
      first: timed.firstApp,
      ratio: Math.round((timed.app.p95 / Math.max(timed.raw.p95, 0.01)) * 100) / 100,
    });
    process.stderr.write(`  ${testCase.group}: ${testCase.name} — app p95 ${timed.app.p95} ms, raw p95 ${timed.raw.p95} ms\n`);
  }
  await ctx.raw.close();
  fs.writeFileSync(out, JSON.stringify({ fullText, matrixLoad, results }, null, 2));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
