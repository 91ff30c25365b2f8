import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toStoredEventDate } from "@/lib/dates/event-date";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { findEvents } from "@/lib/queries/find-events";
import { findRelevanceIds, type TierTuning } from "@/lib/queries/search/find-relevance-ids";
import { parseSearchQuery, tokenMatchesTerm, type SearchQuery } from "@/lib/queries/search/parse-search-query";
import { SEARCH_FIELDS } from "@/lib/queries/search/search-fields";
import { searchRankSql } from "@/lib/queries/search/search-sql";
import { tokenizeSearchText } from "@/lib/queries/search/tokenize-search-text";
import type { ResolvedEventFilter } from "@/lib/queries/resolve-event-filter";
import { eventWhereSql } from "@/lib/queries/sql/event-where";
import { filterFromQuery } from "../support/filter-from-query";

/*
 * Relevance pages read tier by tier, or for several terms bucket by bucket (lib/queries/search/find-relevance-ids.ts),
 * must be the pages of the full ranking, row for row. 300 events hold words of this run in chosen fields; the
 * thresholds are lowered so that a database this small takes the tier paths (walks, lists, counted skips) at all.
 */

const run = randomUUID().replace(/-/g, "").slice(0, 8);
const WORD = `zt${run}`;
const VARIANT = `${WORD}x`;
const OTHER = `zu${run}`;
const EVENTS = 300;
const TIERS: TierTuning = { minLinkIds: 1, minFieldMatches: 1, countFirstOffset: 30, bucketWalkFrom: 20 };
const editor: Viewer = { userId: null, role: "editor", name: "Tier Editor", email: "tier-editor@chronicle.test" };

interface Made {
  slug: string;
  fields: [string, string, string, string];
  importance: number;
  earliest: number;
  published: boolean;
  deleted: boolean;
  topical: boolean;
}

/** A small deterministic generator (mulberry32), so every run and both databases get the same events. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const made: Made[] = [];
let topicId = 0;
let topicSlug = "";

beforeAll(async () => {
  const topic = await db.topic.findFirstOrThrow({ orderBy: { id: "asc" } });
  [topicId, topicSlug] = [topic.id, topic.slug];
  const next = random(20261125);
  const pick = (p: number, word: string) => (next() < p ? ` ${word}` : "");
  for (let i = 0; i < EVENTS; i++) {
    const fields: Made["fields"] = [
      `Tier event ${i}${pick(0.15, WORD)}${pick(0.08, VARIANT)}`,
      `Summary${pick(0.35, WORD)}${pick(0.1, VARIANT)}${pick(0.3, OTHER)}`,
      `Report${pick(0.2, WORD)}${pick(0.05, VARIANT)}`,
      `Body${pick(0.6, WORD)}${pick(0.1, VARIANT)}${pick(0.3, OTHER)}`,
    ];
    const start = parsePartialDate(`20${20 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 3)}`);
    if (!start.ok) throw new Error(start.message);
    const event: Made = {
      slug: `tier-${run}-${i}`,
      fields,
      importance: 1 + Math.floor(next() * 5),
      ...toStoredEventDate({ start: start.value, end: null, approximate: false }),
      published: next() < 0.85,
      deleted: next() < 0.04,
      topical: next() < 0.5,
    };
    made.push(event);
    await db.event.create({
      data: {
        slug: event.slug,
        title: fields[0],
        summary: fields[1],
        body: fields[3],
        ...toStoredEventDate({ start: start.value, end: null, approximate: false }),
        importance: event.importance,
        status: event.published ? "published" : "draft",
        deletedAt: event.deleted ? new Date() : null,
        sources: { create: fields[2].split(" ").slice(1).map((word, position) => ({ publisher: "Tier", title: `${word} report`, position })) },
        topics: event.topical ? { create: [{ topicId }] } : undefined,
      },
    });
  }
}, 120_000);

afterAll(async () => {
  await db.event.deleteMany({ where: { slug: { startsWith: `tier-${run}-` } } });
});

/** The order findEvents used before tiers: every match ranked in SQL, then sorted. */
async function fullRanking(filter: ResolvedEventFilter, viewer: Viewer): Promise<number[]> {
  const search = parseSearchQuery(filter.q!);
  const rows = await readSql<{ id: number | bigint }[]>(Prisma.sql`SELECT e.id FROM events e WHERE ${eventWhereSql(filter, viewer)}
    ORDER BY ${searchRankSql(search)} DESC, e.importance DESC, e.earliest DESC, e.id ASC`);
  return rows.map((row) => Number(row.id));
}

/** The same order computed here from the texts written, with creation order for ids: identical on every database. */
function rankedHere(search: SearchQuery, keep: (event: Made) => boolean): string[] {
  const rankOf = (event: Made) => {
    // Source titles are indexed as "word report" per source, so the field's tokens are those of its words.
    const tokens = event.fields.map((text) => tokenizeSearchText(text));
    let rank = 0;
    for (let term = 0; term < search.terms.length; term++) {
      const hits = SEARCH_FIELDS.filter((field, index) => tokens[index]!.some((token) => tokenMatchesTerm(token, search, term)));
      if (hits.length === 0) return 0;
      rank += hits.reduce((sum, field) => sum + field.weight, 0);
    }
    return rank;
  };
  return made
    .map((event, index) => ({ event, index, rank: rankOf(event) }))
    .filter(({ event, rank }) => rank > 0 && keep(event))
    .sort((a, b) => b.rank - a.rank || b.event.importance - a.event.importance || b.event.earliest - a.event.earliest || a.index - b.index)
    .map(({ event }) => event.slug);
}

async function slugsOf(ids: number[]): Promise<string[]> {
  const rows = await db.event.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  const slugs = new Map(rows.map((row) => [row.id, row.slug]));
  return ids.map((id) => slugs.get(id)!);
}

/** Every page of findEvents, then one past the end, against the full ranking. */
async function expectEveryPage(query: string, viewer: Viewer, pageSize: number, tuning?: TierTuning): Promise<number[]> {
  const filter = await filterFromQuery(query);
  const expected = await fullRanking(filter, viewer);
  const pages = Math.ceil(expected.length / pageSize);
  for (let page = 1; page <= pages + 1; page++) {
    const result = await findEvents({ filter, viewer, sort: "relevance", page, pageSize, tierTuning: tuning });
    expect(result.rows.map((row) => row.id), `${query} page ${page}`).toEqual(expected.slice((page - 1) * pageSize, page * pageSize));
    expect(result.hasNextPage).toBe(page < pages);
  }
  return expected;
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;
const readable = (event: Made) => event.published && !event.deleted;

describe("relevance pages read tier by tier equal the full ranking", () => {
  it.each([
    ["one term (its prefix matches the variant too)", q(WORD), ANONYMOUS],
    ["a prefix of the term", q(WORD.slice(0, -2)), ANONYMOUS],
    ["the variant alone", q(VARIANT), ANONYMOUS],
    ["a topic", `${q(WORD)}&topic=${"TOPIC"}`, ANONYMOUS],
    ["a period and an importance", `${q(WORD)}&from=2021-01&to=2021-12&importance=3`, ANONYMOUS],
    ["an editor's drafts", `${q(WORD)}&status=draft`, editor],
    ["an editor's every status", `${q(WORD)}&status=any`, editor],
    ["two terms", q(`${OTHER} ${WORD}`), ANONYMOUS],
    ["two terms, the last a prefix", q(`${OTHER} ${WORD.slice(0, -2)}`), ANONYMOUS],
    ["three terms, one in every body", q(`${OTHER} body ${WORD}`), ANONYMOUS],
    ["two terms, one in every summary (a large best rank)", q(`${OTHER} summary`), ANONYMOUS],
    ["two terms and a topic", `${q(`${WORD} ${OTHER}`)}&topic=${"TOPIC"}`, ANONYMOUS],
    ["two terms, a period and an importance", `${q(`${WORD} ${OTHER}`)}&from=2021-01&to=2021-12&importance=2`, ANONYMOUS],
    ["two terms, an editor's every status", `${q(`${OTHER} ${WORD}`)}&status=any`, editor],
  ])("with %s, on every page", async (_, template, viewer) => {
    const query = template.replace("TOPIC", topicSlug);
    const expected = await expectEveryPage(query, viewer, 25, TIERS);
    expect(expected.length).toBeGreaterThan(10);
    await expectEveryPage(query, viewer, 10, TIERS);
  });

  it.each([
    ["tiers", WORD],
    ["buckets", `${OTHER} ${WORD}`],
    ["best rank, then buckets", `${OTHER} summary`],
  ])("reads the %s at any offset, not only at page boundaries, including counted skips", async (_, text) => {
    const filter = await filterFromQuery(q(text));
    const search = parseSearchQuery(text);
    const expected = await fullRanking(filter, ANONYMOUS);
    for (const [offset, limit] of [[0, 1], [0, 60], [7, 13], [29, 40], [31, 5], [expected.length - 3, 10], [expected.length, 5]] as const) {
      for (const tuning of [TIERS, { ...TIERS, bucketWalkFrom: undefined }]) {
        const ids = await findRelevanceIds({ filter, viewer: ANONYMOUS, search, offset, limit, tuning });
        expect(ids, `offset ${offset}`).toEqual(expected.slice(offset, offset + limit));
      }
    }
  });

  it("orders the same events on SQLite and PostgreSQL", async () => {
    for (const [query, keep] of [
      [WORD, readable],
      [WORD.slice(0, -2), readable],
      [`${OTHER} ${WORD}`, readable],
      [`${OTHER} body ${WORD.slice(0, -2)}`, readable],
    ] as const) {
      const filter = await filterFromQuery(q(query));
      const ids = await findRelevanceIds({ filter, viewer: ANONYMOUS, search: parseSearchQuery(query), offset: 0, limit: EVENTS, tuning: TIERS });
      const found = ids ?? (await fullRanking(filter, ANONYMOUS));
      expect(await slugsOf(found), query).toEqual(rankedHere(parseSearchQuery(query), keep));
    }
    const topical = await filterFromQuery(`${q(WORD)}&topic=${topicSlug}`);
    const ids = await findRelevanceIds({ filter: topical, viewer: ANONYMOUS, search: parseSearchQuery(WORD), offset: 0, limit: EVENTS, tuning: TIERS });
    expect(await slugsOf(ids!)).toEqual(rankedHere(parseSearchQuery(WORD), (event) => readable(event) && event.topical));
  });

  it("gives the same pages with the default thresholds (one term: the full ranking at this size; several: buckets looked up)", async () => {
    await expectEveryPage(q(WORD), ANONYMOUS, 50);
    await expectEveryPage(q(`${OTHER} ${WORD}`), ANONYMOUS, 20);
  });

  it("keeps one search row per event, and on PostgreSQL its field lexemes derived from it", async () => {
    const [search] = await readSql<{ n: unknown; events: unknown; stale: unknown }[]>(dialect === "postgres"
      ? Prisma.sql`SELECT (SELECT COUNT(*) FROM event_search_fields) AS n, (SELECT COUNT(*) FROM events) AS events,
          (SELECT COUNT(*) FROM event_search s FULL JOIN event_search_fields f ON f.event_id = s.event_id
           WHERE f.fields IS DISTINCT FROM event_search_field_lexemes(s.document)) AS stale`
      : Prisma.sql`SELECT (SELECT COUNT(*) FROM event_search) AS n, (SELECT COUNT(*) FROM events) AS events, 0 AS stale`);
    expect(Number(search!.n)).toBe(Number(search!.events));
    expect(Number(search!.stale)).toBe(0);
    const event = made[0]!;
    await db.event.update({ where: { slug: event.slug }, data: { title: `Retitled ${VARIANT}` } });
    const filter = await filterFromQuery(q(VARIANT));
    const ids = await findRelevanceIds({ filter, viewer: ANONYMOUS, search: parseSearchQuery(VARIANT), offset: 0, limit: EVENTS, tuning: TIERS });
    expect(ids).toEqual(await fullRanking(filter, ANONYMOUS));
    await db.event.update({ where: { slug: event.slug }, data: { title: event.fields[0] } });
  });

  it("finds nothing for a word no event holds", async () => {
    const filter = await filterFromQuery(q(`zv${run}`));
    // SQLite ranks a word this rare in full (null); PostgreSQL finds every tier empty.
    expect((await findRelevanceIds({ filter, viewer: ANONYMOUS, search: parseSearchQuery(`zv${run}`), offset: 0, limit: 26, tuning: TIERS })) ?? []).toEqual([]);
    expect((await findEvents({ filter, viewer: ANONYMOUS, sort: "relevance", tierTuning: TIERS })).rows).toEqual([]);
    for (const both of [`zv${run} ${WORD}`, `${WORD} zv${run}`]) {
      const none = await findRelevanceIds({ filter: await filterFromQuery(q(both)), viewer: ANONYMOUS, search: parseSearchQuery(both), offset: 0, limit: 26, tuning: TIERS });
      expect(none, both).toEqual([]);
    }
  });
});
