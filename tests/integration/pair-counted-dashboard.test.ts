import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { removeTestEvents } from "./event-fixtures";
import { insertSyntheticEvents } from "./timeline-synthetic-events";
import { db } from "@/lib/db/client";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { BUCKET_INTERVALS } from "@/lib/charts/bucket-keys";
import { dashboardPairTarget } from "../support/count-plans";
import { countDashboardFromPairs } from "@/lib/queries/dashboard/dashboard-counted";
import { countHeadline } from "@/lib/queries/dashboard/count-headline";
import { countEventsByCountry } from "@/lib/queries/dashboard/count-events-by-country";
import { findTopActors, TOP_ACTORS } from "@/lib/queries/dashboard/find-top-actors";
import { countActivityBucketsFromPairs, countActivityFromPairs } from "@/lib/queries/dashboard/activity-pairs";
import { countActivityBucketsLive, countActivityLive } from "@/lib/queries/dashboard/activity-live";
import { TOP_TOPICS } from "@/lib/queries/dashboard/rank-topics";
import { findConnectedActors, findConnectedActorsLive } from "@/lib/queries/entities/find-connected-actors";
import { actorFilter, countryFilter, topicFilter, type Entity } from "@/lib/queries/entities/entity";

const EDITOR: Viewer = { userId: "pairs-test", role: "editor" };
const byBucket = <T extends { bucket: string }>(rows: T[]) => [...rows].sort((a, b) => a.bucket.localeCompare(b.bucket) || JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("an entity's dashboard from event_pair_counts equals the one counted from its events", () => {
  let slugs: string[] = [];
  let actor: { id: number; slug: string };
  let topic: { id: number; slug: string };
  beforeAll(async () => {
    slugs = [
      ...(await insertSyntheticEvents({ count: 400, seed: 11, status: "published", fromYear: 1995, toYear: 2012 })),
      ...(await insertSyntheticEvents({ count: 60, seed: 12, status: "draft", fromYear: 2004, toYear: 2006 })),
    ];
    // The busiest actor and a topic of the synthetic data, so every section has many rows.
    const [busiest] = await db.$queryRaw<{ id: number }[]>`SELECT actor_id AS id FROM event_actors GROUP BY actor_id ORDER BY COUNT(*) DESC, actor_id LIMIT 1`;
    actor = await db.actor.findUniqueOrThrow({ where: { id: Number(busiest!.id) }, select: { id: true, slug: true } });
    topic = await db.topic.findUniqueOrThrow({ where: { slug: "syn-trade" }, select: { id: true, slug: true } });
  });
  afterAll(async () => {
    await removeTestEvents(slugs);
  });

  const cases = (): [string, Viewer][] => [
    ["country=MY", ANONYMOUS],
    ["topic=syn-trade", ANONYMOUS],
    [`actor=${actor.slug}`, ANONYMOUS],
    ["importance=3&country=FR", ANONYMOUS],
    ["country=MY", EDITOR],
    ["status=draft&topic=syn-trade", EDITOR],
  ];

  it("counts headline, countries, top actors and the activity chart at every bucket size", async () => {
    for (const [query, viewer] of cases()) {
      const filter = await filterFromQuery(query);
      const target = dashboardPairTarget(filter, viewer);
      expect(target, query).not.toBeNull();
      const counted = await countDashboardFromPairs(target!, TOP_ACTORS);
      expect(counted.counts, query).toEqual(await countHeadline(filter, viewer));
      expect(counted.counts.events, query).toBeGreaterThan(0);
      expect(counted.byCountry, query).toEqual(await countEventsByCountry(filter, viewer));
      expect(counted.topActors, query).toEqual(await findTopActors(filter, viewer));

      const pairs = await countActivityFromPairs(target!);
      const live = await countActivityLive(filter, viewer);
      expect(pairs.ranking, query).toEqual(live.ranking);
      const { firstMs, lastMs, ...overview } = pairs.overview;
      const { firstMs: liveFirst, lastMs: liveLast, ...liveOverview } = live.overview;
      expect(overview, query).toEqual(liveOverview);
      if (query === "country=MY") expect(overview.unknownOngoing, "some events run on from an unknown start").toBeGreaterThan(0);
      // Months are all the chart's axis needs: the first and last start fall in the same months.
      expect(new Date(firstMs!).toISOString().slice(0, 7), query).toBe(new Date(liveFirst!).toISOString().slice(0, 7));
      expect(new Date(lastMs!).toISOString().slice(0, 7), query).toBe(new Date(liveLast!).toISOString().slice(0, 7));
      const top = live.ranking.slice(0, TOP_TOPICS);
      for (const interval of BUCKET_INTERVALS) {
        const fromPairs = await countActivityBucketsFromPairs(target!, interval, top, pairs.months);
        const fromEvents = await countActivityBucketsLive(filter, viewer, interval, top.map((t) => t.id));
        expect(fromPairs.bucketRows, `${query} ${interval}`).toEqual(fromEvents.bucketRows);
        expect(byBucket(fromPairs.cellRows), `${query} ${interval}`).toEqual(byBucket(fromEvents.cellRows));
      }
    }
  });

  it("finds an entity's most connected actors as its events do", async () => {
    const entities: [Entity, Viewer][] = [
      [{ type: "country", key: "MY", name: "Malaysia", filter: countryFilter("MY") }, ANONYMOUS],
      [{ type: "topic", key: topic.slug, id: topic.id, name: topic.slug, filter: topicFilter(topic.slug, topic.id) }, EDITOR],
      [{ type: "actor", key: actor.slug, id: actor.id, name: actor.slug, actorKind: "person", filter: actorFilter(actor.slug, actor.id) }, ANONYMOUS],
    ];
    for (const [entity, viewer] of entities) {
      const connected = await findConnectedActors(entity, viewer);
      expect(connected.length, entity.key).toBeGreaterThan(0);
      expect(connected, entity.key).toEqual(await findConnectedActorsLive(entity, viewer));
      if (entity.type === "actor") expect(connected.map((a) => a.slug)).not.toContain(entity.key);
    }
  });

  it("answers only one topic, actor or country over all time", async () => {
    for (const query of ["", "country=MY&topic=syn-trade", "country=MY&from=2005", "q=corridor&country=MY"]) {
      expect(dashboardPairTarget(await filterFromQuery(query), ANONYMOUS), query).toBeNull();
    }
  });
});
