import { filterFromQuery } from "../support/filter-from-query";
import { describe, expect, it } from "vitest";
import { findEvents } from "@/lib/queries/find-events";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { resolveEventFilter } from "@/lib/queries/resolve-event-filter";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import type { EventFilter } from "@/lib/filters/event-filter";
import { narrowToBucket, narrowToBucketAndTopics, narrowToFacet } from "@/lib/dashboard/drill-down";

const EDITOR: Viewer = { userId: "test-editor", role: "editor" };


/** What the events page would list for a drill-down filter. */
async function countListed(filter: EventFilter, viewer: Viewer = ANONYMOUS): Promise<number> {
  const resolved = await resolveEventFilter(filter);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
  return (await findEvents({ filter: resolved.value, viewer, pageSize: 10 })).total;
}

const QUERIES = ["", "from=2025-04&to=2025-07", "topic=diplomacy", "country=FR", "q=visit", "from=2025-06&to=2025-06", "importance=4&from=2025"];

describe("dashboard stats on the reference data", () => {
  it.each(QUERIES)("headline count equals the events page total for “%s”", async (query) => {
    const filter = await filterFromQuery(query);
    const stats = await getDashboardStats({ filter, viewer: ANONYMOUS });
    expect(stats.headline.counts.events).toBe(await countListed(filter));
  });

  it("counts all sixteen events, four countries, and the two ongoing events with no known start", async () => {
    const stats = await getDashboardStats({ filter: await filterFromQuery(""), viewer: ANONYMOUS });
    expect(stats.headline.counts).toMatchObject({ events: 16, countries: 4 });
    expect(stats.activity.unknownStart).toBe(2);
    expect(stats.activity.startedBeforePeriod).toBe(0);
    expect(stats.headline.previous).toBeNull();
  });

  it.each(QUERIES)("bucket totals plus events without a bucket add up to the headline for “%s”", async (query) => {
    const stats = await getDashboardStats({ filter: await filterFromQuery(query), viewer: ANONYMOUS });
    const charted = stats.activity.buckets.reduce((sum, bucket) => sum + bucket.total, 0);
    expect(charted + stats.activity.unknownStart + stats.activity.startedBeforePeriod).toBe(stats.headline.counts.events);
  });

  it("without a period, the bucket totals plus the unknown-start count are the headline count", async () => {
    const stats = await getDashboardStats({ filter: await filterFromQuery(""), viewer: ANONYMOUS, interval: "year" });
    const charted = stats.activity.buckets.reduce((sum, bucket) => sum + bucket.total, 0);
    expect(charted).toBe(14);
    expect(charted + stats.activity.unknownStart).toBe(stats.headline.counts.events);
    expect(stats.activity.buckets.map((b) => b.key)).toContain("2013");
  });

  it("chooses years for the full span, months for a few months, and honours a requested interval", async () => {
    const all = await getDashboardStats({ filter: await filterFromQuery(""), viewer: ANONYMOUS });
    expect(all.activity.interval).toBe("year");
    expect(all.activity.buckets[0]?.key).toBe("1974");
    expect(all.activity.buckets).toHaveLength(2025 - 1974 + 1);
    const spring = await getDashboardStats({ filter: await filterFromQuery("from=2025-04&to=2025-07"), viewer: ANONYMOUS });
    expect(spring.activity.buckets.map((b) => [b.key, b.total])).toEqual([["2025-04", 5], ["2025-05", 0], ["2025-06", 3], ["2025-07", 3]]);
    const quarters = await getDashboardStats({ filter: await filterFromQuery("from=2025-04&to=2025-07"), viewer: ANONYMOUS, interval: "quarter" });
    expect(quarters.activity).toMatchObject({ interval: "quarter", intervalChoice: "requested" });
    expect(quarters.activity.buckets.map((b) => b.key)).toEqual(["2025-Q2", "2025-Q3"]);
  });

  it("counts an event with two topics once in the bucket total and once in each topic's stack", async () => {
    const stats = await getDashboardStats({ filter: await filterFromQuery("from=2025-04&to=2025-04"), viewer: ANONYMOUS });
    const april = stats.activity.buckets.find((b) => b.key === "2025-04")!;
    const stacked = Object.values(april.counts).reduce((sum, n) => sum + n, 0);
    expect(april.total).toBe(5);
    expect(stacked).toBeGreaterThan(april.total);
    expect(april.counts.diplomacy).toBe(2);
  });

  it.each(["", "topic=diplomacy", "from=2025-04&to=2025-07"])("by-country counts match the events page with country=XX for “%s”", async (query) => {
    const filter = await filterFromQuery(query);
    const stats = await getDashboardStats({ filter, viewer: ANONYMOUS });
    expect(stats.byCountry.length).toBeGreaterThan(0);
    for (const country of stats.byCountry) {
      expect(await countListed(narrowToFacet(filter, "country", [country.code])!), country.code).toBe(country.count);
    }
    expect(stats.byCountry[0]).toMatchObject({ code: "MY" });
  });

  it("top actor counts match the events page with actor=slug", async () => {
    const filter = await filterFromQuery("");
    const stats = await getDashboardStats({ filter, viewer: ANONYMOUS });
    expect(stats.topActors).toHaveLength(10);
    expect(stats.topActors[0]).toMatchObject({ slug: "government-of-malaysia", kind: "government" });
    for (const actor of stats.topActors) expect(await countListed(narrowToFacet(filter, "actor", [actor.slug])!), actor.slug).toBe(actor.count);
  });

  it("compares June 2025 with May 2025", async () => {
    const stats = await getDashboardStats({ filter: await filterFromQuery("from=2025-06&to=2025-06"), viewer: ANONYMOUS });
    const previous = stats.headline.previous!;
    expect(stats.headline.periodLabel).toBe("June 2025");
    expect(previous.label).toBe("May 2025");
    expect(previous.counts.events).toBe(await countListed(await filterFromQuery("from=2025-05&to=2025-05")));
    expect(stats.headline.counts.events).toBe(await countListed(await filterFromQuery("from=2025-06&to=2025-06")));
    expect(stats.headline.counts.events).toBeGreaterThan(previous.counts.events);
    expect(previous.change.events.kind).toBe("up");
  });

  it("the drill-down for the bucket 2025-04 with match=start lists exactly the bucket's events", async () => {
    const filter = await filterFromQuery("from=2025&to=2025");
    const stats = await getDashboardStats({ filter, viewer: ANONYMOUS });
    expect(stats.activity.interval).toBe("month");
    const april = stats.activity.buckets.find((b) => b.key === "2025-04")!;
    expect(april.total).toBe(5);
    const drill = narrowToBucket(filter, "2025-04")!;
    expect(drill).toMatchObject({ match: "start", from: { precision: "month", year: 2025, month: 4 }, to: { precision: "month", month: 4 } });
    expect(await countListed(drill)).toBe(april.total);
  });

  it.each(["", "from=2025-04&to=2025-07", "from=2025-04-16&to=2025-06-28", "topic=fintech,cbdc"])(
    "every bucket and stack segment drills down to its own count for “%s”",
    async (query) => {
      const filter = await filterFromQuery(query);
      const stats = await getDashboardStats({ filter, viewer: EDITOR, interval: "month" });
      for (const bucket of stats.activity.buckets) {
        if (bucket.total === 0) continue;
        expect(await countListed(narrowToBucket(filter, bucket.key)!, EDITOR), bucket.key).toBe(bucket.total);
        for (const series of stats.activity.series) {
          const drill = narrowToBucketAndTopics(filter, bucket.key, series.topics);
          if (drill) expect(await countListed(drill, EDITOR), `${bucket.key} ${series.key}`).toBe(bucket.counts[series.key]);
        }
      }
    },
  );

  it("refuses more monthly bars than a chart can show, and says it used years", async () => {
    const stats = await getDashboardStats({ filter: await filterFromQuery(""), viewer: ANONYMOUS, interval: "month" });
    expect(stats.activity).toMatchObject({ interval: "year", intervalChoice: "coarsened" });
  });

  it("folds topics beyond the top eight into Other, with a drill-down that matches", async () => {
    const filter = await filterFromQuery("from=2025");
    const stats = await getDashboardStats({ filter, viewer: ANONYMOUS });
    const other = stats.activity.series.find((s) => s.kind === "other")!;
    expect(stats.activity.series.filter((s) => s.kind === "topic")).toHaveLength(8);
    expect(other.topics.length).toBeGreaterThan(0);
    const july = stats.activity.buckets.find((b) => b.key === "2025-07")!;
    expect(await countListed(narrowToBucketAndTopics(filter, "2025-07", other.topics)!)).toBe(july.counts[other.key]);
  });

  it("returns an empty dashboard when nothing matches", async () => {
    const stats = await getDashboardStats({ filter: await filterFromQuery("q=zzzz-nothing"), viewer: ANONYMOUS });
    expect(stats.headline.counts).toEqual({ events: 0, countries: 0, actors: 0, topics: 0 });
    expect(stats.activity.buckets).toEqual([]);
    expect(stats.byCountry).toEqual([]);
    expect(stats.topActors).toEqual([]);
  });
});
