import { describe, expect, it } from "vitest";
import { parseEventFilter, type EventFilter } from "@/lib/filters/event-filter";
import { eventsHref, hrefOrNull, narrowList, narrowToBucket, narrowToBucketAndTopics, narrowToFacet } from "./drill-down";

function filterOf(query: string): EventFilter {
  const parsed = parseEventFilter(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const query = (href: string | null) => (href === null ? null : decodeURIComponent(href));

describe("drill-down links", () => {
  it("opens the events page with the filter's canonical query", () => {
    expect(eventsHref(filterOf(""))).toBe("/events");
    expect(query(eventsHref(filterOf("topic=diplomacy&q=visit")))).toBe("/events?q=visit&topic=diplomacy");
  });

  it("narrows a time bucket to events starting in it, keeping the other filters", () => {
    expect(query(hrefOrNull(narrowToBucket(filterOf("topic=diplomacy&importance=3"), "2025-04")))).toBe(
      "/events?from=2025-04&to=2025-04&match=start&topic=diplomacy&importance=3",
    );
    expect(query(hrefOrNull(narrowToBucket(filterOf(""), "2025-Q3")))).toBe("/events?from=2025-Q3&to=2025-Q3&match=start");
  });

  it("keeps the filter's own bound where it cuts a bucket", () => {
    expect(query(hrefOrNull(narrowToBucket(filterOf("from=2025-04-15&to=2025-07"), "2025-Q2")))).toBe(
      "/events?from=2025-04-15&to=2025-Q2&match=start",
    );
    expect(query(hrefOrNull(narrowToBucket(filterOf("from=2025-04&to=2025-05-10"), "2025-05")))).toBe(
      "/events?from=2025-05&to=2025-05-10&match=start",
    );
  });

  it("gives no link for a bucket outside the filter's period", () => {
    expect(narrowToBucket(filterOf("from=2025-04&to=2025-07"), "2025-03")).toBeNull();
    expect(narrowToBucket(filterOf("from=2025-04&to=2025-07"), "2025-08")).toBeNull();
  });

  it("adds a topic to a bucket for one stack segment", () => {
    expect(query(hrefOrNull(narrowToBucketAndTopics(filterOf(""), "2025-06", ["fintech"])))).toBe(
      "/events?from=2025-06&to=2025-06&match=start&topic=fintech",
    );
  });

  it("narrows countries and actors, replacing a list that already allows the value", () => {
    expect(query(hrefOrNull(narrowToFacet(filterOf("country=MY,FR"), "country", ["FR"])))).toBe("/events?country=FR");
    expect(query(hrefOrNull(narrowToFacet(filterOf(""), "actor", ["anwar-ibrahim"])))).toBe("/events?actor=anwar-ibrahim");
  });

  it("refuses a narrowing one filter cannot express, rather than linking to a different count", () => {
    expect(narrowToFacet(filterOf("country=MY"), "country", ["CN"])).toBeNull();
    expect(narrowToBucketAndTopics(filterOf("topic=diplomacy"), "2025-04", ["energy"])).toBeNull();
    expect(narrowList([], [])).toBeNull();
    expect(narrowList([], Array.from({ length: 51 }, (_, i) => `t${i}`))).toBeNull();
  });
});
