import { describe, expect, it } from "vitest";
import { describeSearchStatus } from "./describe-search-status";

const EVENTS = { one: "event", many: "events" };
const done = (q: string, shown: number, total: number, totalExact = true) => ({ status: "done" as const, q, shown, total, totalExact });

describe("describeSearchStatus", () => {
  it("says nothing before anything is typed, and says when it is searching or failed", () => {
    expect(describeSearchStatus({ status: "idle" }, EVENTS)).toBe("");
    expect(describeSearchStatus({ status: "loading" }, EVENTS)).toBe("Searching events…");
    expect(describeSearchStatus({ status: "error" }, EVENTS)).toBe("Events could not be searched. Try again.");
  });

  it("counts what was found, one or many", () => {
    expect(describeSearchStatus(done("sasana", 1, 1), EVENTS)).toBe("1 event found");
    expect(describeSearchStatus(done("visit", 4, 4), { one: "actor", many: "actors" })).toBe("4 actors found");
  });

  it("says when nothing matches, even when the only match was the event being edited", () => {
    expect(describeSearchStatus(done("zzzz", 0, 0), EVENTS)).toBe("No events match “zzzz”");
    expect(describeSearchStatus(done("itself", 0, 1), EVENTS)).toBe("No events match “itself”");
  });

  it("says when there are more than shown, and when the count stopped", () => {
    expect(describeSearchStatus(done("visit", 10, 1432), EVENTS)).toBe("Showing 10 of 1,432 events found — type more to narrow");
    expect(describeSearchStatus(done("bank", 10, 10000, false), EVENTS)).toBe("Showing 10 of 10,000+ events found — type more to narrow");
  });
});
