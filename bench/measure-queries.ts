/**
 * Child process of `npm run bench`: times the app's queries against hand-written SQL on the database in
 * DATABASE_URL (the data-access layer binds to it on first import) and writes JSON to the file in argv.
 *   tsx bench/measure-queries.ts <out.json> <iterations> <warmup> <budgetMs>
 */
import fs from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { openRawDb } from "./raw-driver";
import { compareTimed } from "./timing";
import type { BenchCase, BenchContext } from "./cases/bench-case";
import { findCases } from "./cases/find-cases";
import { detectFullText, searchCases } from "./cases/search-cases";
import { timelineCases } from "./cases/timeline-cases";
import { dashboardCases } from "./cases/dashboard-cases";

export interface QueryMeasurement {
  group: string;
  name: string;
  note?: string;
  appCount: number;
  rawCount: number;
  app: { p50: number; p95: number; iterations: number };
  raw: { p50: number; p95: number; iterations: number };
  /** app p95 / raw p95. */
  ratio: number;
}

async function loadContext(): Promise<BenchContext> {
  const raw = openRawDb(process.env.DATABASE_URL!);
  // The most used topic, actor and country of the synthetic data (Zipf rank 1), and a tail actor's name as a rare term.
  const [topic] = await raw.all<{ id: number; slug: string }>("SELECT t.id, t.slug FROM topics t JOIN event_topics et ON et.topic_id = t.id GROUP BY t.id, t.slug ORDER BY COUNT(*) DESC, t.id LIMIT 1");
  const [actor] = await raw.all<{ id: number; slug: string }>("SELECT a.id, a.slug FROM actors a WHERE a.id = (SELECT actor_id FROM event_actors GROUP BY actor_id ORDER BY COUNT(*) DESC, actor_id LIMIT 1)");
  const [country] = await raw.all<{ code: string }>("SELECT country_code AS code FROM event_countries GROUP BY country_code ORDER BY COUNT(*) DESC, country_code LIMIT 1");
  const [rare] = await raw.all<{ name: string }>("SELECT a.name FROM actors a WHERE EXISTS (SELECT 1 FROM event_actors ea WHERE ea.actor_id = a.id) ORDER BY a.id DESC LIMIT 1");
  if (!topic || !actor || !country || !rare) throw new Error("The bench database has no synthetic events.");
  return { raw, topic: { id: Number(topic.id), slug: topic.slug }, actor: { id: Number(actor.id), slug: actor.slug }, country: country.code, commonTerm: "corridor", rareTerm: rare.name, absentTerm: "zyzzyva" };
}

function check(testCase: BenchCase, app: { count: number; fingerprint: unknown }, raw: { count: number; fingerprint: unknown }) {
  const label = `${testCase.group}: ${testCase.name}`;
  if (testCase.strictCount === false) {
    if (testCase.expectMatches && app.count === 0) throw new Error(`${label}: the app found nothing (baseline found ${raw.count}).`);
    return;
  }
  if (app.count !== raw.count) throw new Error(`${label}: the app counted ${app.count}, raw SQL ${raw.count}.`);
  if (!isDeepStrictEqual(app.fingerprint, raw.fingerprint)) {
    throw new Error(`${label}: same count (${app.count}) but different results:\n app ${JSON.stringify(app.fingerprint).slice(0, 400)}\n raw ${JSON.stringify(raw.fingerprint).slice(0, 400)}`);
  }
}

async function main() {
  const [out, iterations, warmup, budgetMs] = process.argv.slice(2);
  if (!out) throw new Error("usage: measure-queries.ts <out.json> <iterations> <warmup> <budgetMs>");
  const ctx = await loadContext();
  const fullText = await detectFullText(ctx.raw);
  const cases = [...findCases(ctx), ...timelineCases(ctx), ...dashboardCases(ctx), ...searchCases(ctx, fullText)];
  const results: QueryMeasurement[] = [];
  for (const testCase of cases) {
    const timed = await compareTimed(testCase.app, testCase.raw, { iterations: Number(iterations), warmup: Number(warmup), budgetMs: Number(budgetMs) });
    check(testCase, timed.appResult, timed.rawResult);
    results.push({
      group: testCase.group,
      name: testCase.name,
      note: testCase.note,
      appCount: timed.appResult.count,
      rawCount: timed.rawResult.count,
      app: timed.app,
      raw: timed.raw,
      ratio: Math.round((timed.app.p95 / Math.max(timed.raw.p95, 0.01)) * 100) / 100,
    });
    process.stderr.write(`  ${testCase.group}: ${testCase.name} — app p95 ${timed.app.p95} ms, raw p95 ${timed.raw.p95} ms\n`);
  }
  await ctx.raw.close();
  fs.writeFileSync(out, JSON.stringify({ fullText, results }, null, 2));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
