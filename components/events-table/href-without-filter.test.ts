import { describe, expect, it } from "vitest";
import { hrefWithoutFilter } from "./href-without-filter";

describe("hrefWithoutFilter", () => {
  it("keeps the view and drops the filter and the page", () => {
    expect(hrefWithoutFilter({ q: "visit", topic: "diplomacy", page: "3", sort: "-date", cols: "date,topics" })).toBe(
      "/events?sort=-date&cols=date%2Ctopics",
    );
  });

  it("is plain /events when only filters were set", () => {
    expect(hrefWithoutFilter({ country: "MY", from: "2025" })).toBe("/events");
  });
});
