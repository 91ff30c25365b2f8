import { isDeepStrictEqual } from "node:util";
import type { RawDb } from "./raw-driver";
import type { BenchCase, BenchContext, CaseOutcome } from "./cases/bench-case";
import { findCases } from "./cases/find-cases";
import { detectFullText, searchCases } from "./cases/search-cases";
import { timelineCases } from "./cases/timeline-cases";
import { dashboardCases } from "./cases/dashboard-cases";
import { entityPageCases } from "./cases/entity-cases";
import { mixCases } from "./cases/mix-cases";

/** The filter values every size uses: the most used topic, actor and country (Zipf rank 1), and a little-used actor's name as a rare term. */
export async function loadBenchContext(raw: RawDb): Promise<BenchContext> {
  const [topic] = await raw.all<{ id: number; slug: string }>("SELECT t.id, t.slug FROM topics t JOIN event_topics et ON et.topic_id = t.id GROUP BY t.id, t.slug ORDER BY COUNT(*) DESC, t.id LIMIT 1");
  const [actor] = await raw.all<{ id: number; slug: string }>("SELECT a.id, a.slug FROM actors a WHERE a.id = (SELECT actor_id FROM event_actors GROUP BY actor_id ORDER BY COUNT(*) DESC, actor_id LIMIT 1)");
  const [country] = await raw.all<{ code: string }>("SELECT country_code AS code FROM event_countries GROUP BY country_code ORDER BY COUNT(*) DESC, country_code LIMIT 1");
  const [rare] = await raw.all<{ name: string }>("SELECT a.name FROM actors a WHERE EXISTS (SELECT 1 FROM event_actors ea WHERE ea.actor_id = a.id) ORDER BY a.id DESC LIMIT 1");
  if (!topic || !actor || !country || !rare) throw new Error("The bench database has no events with topics, actors and countries.");
  const [topics, actors, countries] = await Promise.all([
    raw.all<{ id: number; slug: string }>("SELECT t.id, t.slug FROM topics t JOIN event_topics et ON et.topic_id = t.id GROUP BY t.id, t.slug ORDER BY COUNT(*) DESC, t.id LIMIT 12"),
    raw.all<{ id: number; slug: string }>("SELECT a.id, a.slug FROM actors a JOIN (SELECT actor_id, COUNT(*) AS n FROM event_actors GROUP BY actor_id ORDER BY n DESC, actor_id LIMIT 12) u ON u.actor_id = a.id ORDER BY u.n DESC, a.id"),
    raw.all<{ code: string }>("SELECT country_code AS code FROM event_countries GROUP BY country_code ORDER BY COUNT(*) DESC, country_code LIMIT 12"),
  ]);
  const pool = {
    topics: topics.map((row) => ({ id: Number(row.id), slug: row.slug })),
    actors: actors.map((row) => ({ id: Number(row.id), slug: row.slug })),
    countries: countries.map((row) => row.code),
  };
  return { raw, topic: { id: Number(topic.id), slug: topic.slug }, actor: { id: Number(actor.id), slug: actor.slug }, country: country.code, rareTerm: rare.name, absentTerm: "zyzzyva", pool };
}

export async function buildBenchCases(ctx: BenchContext): Promise<{ fullText: string | null; cases: BenchCase[] }> {
  const fullText = await detectFullText(ctx.raw);
  return { fullText, cases: [...findCases(ctx), ...timelineCases(ctx), ...dashboardCases(ctx), ...entityPageCases(ctx), ...searchCases(ctx, fullText), ...mixCases(ctx, fullText)] };
}

/** Throws when the app and the hand-written SQL disagree: a benchmark of a wrong answer is worthless. */
export function checkOutcome(testCase: BenchCase, app: CaseOutcome, raw: CaseOutcome) {
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
