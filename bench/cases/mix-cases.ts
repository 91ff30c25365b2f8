import { ANONYMOUS } from "@/lib/domain/viewer";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { getTimelineWindow, NO_LANE_KEY } from "@/lib/queries/get-timeline-window";
import type { FacetName } from "@/lib/domain/facets";
import type { RawDb } from "../raw-driver";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { serializeEventFilter } from "@/lib/filters/event-filter";
import { createRandom, pick, randomInt, type Random } from "@/lib/synthetic/random";
import { ACTOR_KINDS } from "@/lib/domain/event-vocabulary";
import { searchWordAtRank } from "@/lib/synthetic/vocabulary";
import type { ResolvedEventFilter } from "@/lib/queries/resolve-event-filter";
import { resolvedFilter, VISIBLE, yearStart, type BenchCase, type BenchContext } from "./bench-case";
import { findCase } from "./find-cases";
import { rawDashboard } from "./dashboard-cases";
import { fullTextMatch } from "./search-cases";

/** Combinations drawn per run; the same seed draws the same ones at every size and on both databases. */
export const MIX_SIZE = 16;
const MIX_SEED = 20261206;
/**
 * The rarest frequency rank a searched word may have. A word's rank is drawn log-uniform from 1 to it, so each
 * tenfold band of ranks is as likely as the next: rank 1 (COMMON_WORD, in ~80% of events, the worst case), then
 * words in ~40% of events down to ~0.25% (lib/synthetic/vocabulary.ts). One draw per word, as a pick from a list.
 */
export const MIX_RAREST_RANK = 5000;
const drawWord = (random: Random) => searchWordAtRank(Math.floor(Math.exp(random() * Math.log(MIX_RAREST_RANK + 1))));

interface Combination {
  filter: ResolvedEventFilter;
  /** The same filter written by hand, independently of lib/queries (actor kinds through event_actors, not the derived table). */
  where: string;
  params: unknown[];
}

const year = (value: number): PartialDate => {
  const parsed = parsePartialDate(String(value));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

/** 0–3 facets, 0–2 words, sometimes a period and an importance, drawn from the bench database's busiest members. */
function drawCombination(random: Random, ctx: BenchContext, fullText: string | null): Combination {
  const pool = ctx.pool;
  let filter = resolvedFilter({});
  const clauses = [VISIBLE];
  const params: unknown[] = [];
  // Each facet: a value drawn from the pool, the filter narrowed to it, and the same condition written by hand.
  const facets: (() => { narrow: Partial<ResolvedEventFilter>; sql: string; param: unknown })[] = [
    () => {
      const topic = pick(random, pool.topics);
      return { narrow: { topics: [topic.slug], topicIds: [topic.id] }, sql: "EXISTS (SELECT 1 FROM event_topics x WHERE x.event_id = e.id AND x.topic_id = ?)", param: topic.id };
    },
    () => {
      const actor = pick(random, pool.actors);
      return { narrow: { actors: [actor.slug], actorIds: [actor.id] }, sql: "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.actor_id = ?)", param: actor.id };
    },
    () => {
      const country = pick(random, pool.countries);
      return { narrow: { countries: [country] }, sql: "EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.id AND x.country_code = ?)", param: country };
    },
    () => {
      const kind = pick(random, ACTOR_KINDS);
      return { narrow: { actorKinds: [kind] }, sql: "EXISTS (SELECT 1 FROM event_actors x JOIN actors a ON a.id = x.actor_id WHERE x.event_id = e.id AND a.kind = ?)", param: kind };
    },
  ];
  const chosen = new Set(Array.from({ length: randomInt(random, 0, 3) }, () => randomInt(random, 0, facets.length - 1)));
  for (const index of [...chosen].sort()) {
    const { narrow, sql, param } = facets[index]!();
    filter = { ...filter, ...narrow };
    clauses.push(sql);
    params.push(param);
  }
  const words = fullText ? Array.from({ length: randomInt(random, 0, 2) }, () => drawWord(random)) : [];
  if (words.length) {
    const q = [...new Set(words)].join(" ");
    filter = { ...filter, q };
    const match = fullTextMatch(ctx.raw, q);
    clauses.push(match.sql);
    params.push(match.param);
  }
  if (random() < 0.5) {
    const from = randomInt(random, 1995, 2024);
    const to = Math.min(2026, from + randomInt(random, 0, 2));
    filter = { ...filter, from: year(from), to: year(to) };
    clauses.push("e.earliest < ? AND e.latest > ?");
    params.push(yearStart(to + 1), yearStart(from));
  }
  if (random() < 0.3) {
    const importance = randomInt(random, 2, 4);
    filter = { ...filter, minImportance: importance };
    clauses.push("e.importance >= ?");
    params.push(importance);
  }
  return { filter, where: clauses.join(" AND "), params };
}

/** The timeline's whole span, as the home page fits it. */
const TIMELINE_SPAN = { start: yearStart(1990), end: yearStart(2027) };
/** The lane menu lists this many lanes (getTimelineWindow's LANE_OPTION_LIMIT): the mix compares the lanes above its cut. */
const LANE_MENU = 40;

/** Each lane grouping by hand: the lane's key per matching event (actor kinds through the actors, as above). */
const RAW_LANES: Record<FacetName, string> = {
  topic: "SELECT t.slug AS k, COUNT(*) AS n FROM events e JOIN event_topics l ON l.event_id = e.id JOIN topics t ON t.id = l.topic_id WHERE {where} GROUP BY t.slug",
  actor: "SELECT a.slug AS k, COUNT(*) AS n FROM events e JOIN event_actors l ON l.event_id = e.id JOIN actors a ON a.id = l.actor_id WHERE {where} GROUP BY a.slug",
  country: "SELECT l.country_code AS k, COUNT(*) AS n FROM events e JOIN event_countries l ON l.event_id = e.id WHERE {where} GROUP BY l.country_code",
  actor_kind: "SELECT a.kind AS k, COUNT(DISTINCT e.id) AS n FROM events e JOIN event_actors l ON l.event_id = e.id JOIN actors a ON a.id = l.actor_id WHERE {where} GROUP BY a.kind",
};

/**
 * The lanes above the lane menu's cut, by key: the menu lists the 40 busiest (events in no lane last), so lanes tied
 * at the cut may differ by name order, and only those strictly above it are compared.
 */
function lanesAboveCut(lanes: { key: string; count: number }[]): Record<string, number> {
  const real = lanes.filter((lane) => lane.key !== NO_LANE_KEY).sort((a, b) => b.count - a.count);
  const cut = real.length >= LANE_MENU ? real[LANE_MENU - 1]!.count : 0;
  return Object.fromEntries(real.filter((lane) => lane.count > cut).map((lane) => [lane.key, lane.count]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
}

async function rawTimeline(raw: RawDb, where: string, params: unknown[], groupBy: FacetName) {
  const windowed = `${where} AND e.earliest < ? AND e.latest > ?`;
  const windowParams = [...params, TIMELINE_SPAN.end, TIMELINE_SPAN.start];
  const [total, lanes] = await Promise.all([
    raw.all<{ n: unknown }>(`SELECT COUNT(*) AS n FROM events e WHERE ${windowed}`, windowParams),
    raw.all<{ k: string; n: unknown }>(RAW_LANES[groupBy].replace("{where}", windowed), windowParams),
  ]);
  return { count: Number(total[0]?.n ?? 0), fingerprint: lanesAboveCut(lanes.map((lane) => ({ key: lane.k, count: Number(lane.n) }))) };
}

/**
 * A seeded random mix of filter combinations, as readers combine them, on the events page (a page of 50 and its
 * count), the dashboard (its headline and breakdowns) and the timeline (its whole span, in lanes): no case is a
 * shape the derived tables were built for.
 */
export function mixCases(ctx: BenchContext, fullText: string | null): BenchCase[] {
  const random = createRandom(MIX_SEED);
  // Lane groupings come from a stream of their own, so that adding the timeline kept the combinations drawn before.
  const laneRandom = createRandom(MIX_SEED + 1);
  const cases: BenchCase[] = [];
  for (let i = 1; i <= MIX_SIZE; i++) {
    const { filter, where, params } = drawCombination(random, ctx, fullText);
    // Named by shape, the same at every size (the members drawn are each database's busiest); the query is the note.
    const query = serializeEventFilter(filter);
    const shape = [...query.keys()].map((key) => (key === "q" ? `q×${filter.q!.split(" ").length}` : key)).join(", ") || "no filter";
    const note = query.toString() || "no filter";
    cases.push({ ...findCase(ctx, "mix", `#${i} events page: ${shape}`, filter, where, params), note });
    cases.push({
      group: "mix",
      name: `#${i} dashboard: ${shape}`,
      note,
      app: async () => {
        const stats = await getDashboardStats({ filter, viewer: ANONYMOUS, interval: "year" });
        return { count: stats.headline.counts.events, fingerprint: Object.fromEntries(stats.byCountry.map((c) => [c.code, c.count]).sort()) };
      },
      raw: async () => {
        const result = await rawDashboard(ctx.raw, where, params, filter.from ? yearStart(filter.from.year) : null, "year");
        return { count: result.count, fingerprint: Object.fromEntries(Object.entries(result.countries).sort()) };
      },
    });
    const groupBy = pick(laneRandom, ["topic", "actor", "country", "actor_kind"] as const);
    cases.push({
      group: "mix",
      name: `#${i} timeline by ${groupBy}: ${shape}`,
      note,
      app: async () => {
        const result = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: TIMELINE_SPAN, groupBy });
        return { count: result.total, fingerprint: lanesAboveCut(result.laneOptions) };
      },
      raw: () => rawTimeline(ctx.raw, where, params, groupBy),
    });
  }
  return cases;
}
