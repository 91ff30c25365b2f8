import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, parseEventFilter, serializeEventFilter, type EventFilter } from "@/lib/filters/event-filter";
import { previousPeriodFilter } from "./previous-period";

function filterOf(query: string): EventFilter {
  const parsed = parseEventFilter(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const previousQuery = (query: string) => {
  const previous = previousPeriodFilter(filterOf(query));
  return previous ? serializeEventFilter(previous).toString() : null;
};

describe("previousPeriodFilter", () => {
  it("moves a month back by a month, keeping every other filter", () => {
    expect(previousQuery("from=2025-06&to=2025-06&topic=diplomacy&country=MY")).toBe("from=2025-05&to=2025-05&topic=diplomacy&country=MY");
  });

  it("moves a span of months back by its own length", () => {
    expect(previousQuery("from=2025-04&to=2025-07")).toBe("from=2024-12&to=2025-03");
  });

  it("compares quarters with quarters and years with years", () => {
    expect(previousQuery("from=2025-Q3&to=2025-Q3")).toBe("from=2025-Q2&to=2025-Q2");
    expect(previousQuery("from=2025&to=2025")).toBe("from=2024&to=2024");
    expect(previousQuery("from=2025-01-01&to=2025-12-31")).toBe("from=2024&to=2024");
  });

  it("treats whole months typed as days as months, so June compares with all of May", () => {
    expect(previousQuery("from=2025-06-01&to=2025-06-30")).toBe("from=2025-05&to=2025-05");
  });

  it("counts days when the period is not whole months", () => {
    expect(previousQuery("from=2025-06-09&to=2025-06-15")).toBe("from=2025-06-02&to=2025-06-08");
    expect(previousQuery("from=2025-03-01&to=2025-03-01")).toBe("from=2025-02-28&to=2025-02-28");
  });

  it("turns a season into the three months before it", () => {
    expect(previousQuery("from=2025-summer&to=2025-summer")).toBe("from=2025-03&to=2025-05");
  });

  it("moves months, quarters and years before the common era back in time, across the year 1 BCE too", () => {
    expect(previousQuery("from=-0043-03&to=-0043-05")).toBe("from=-0044-12&to=-0043-02");
    expect(previousQuery("from=-0043-Q1&to=-0043-Q1")).toBe("from=-0044-Q4&to=-0044-Q4");
    expect(previousQuery("from=0001-01&to=0001-01")).toBe("from=0000-12&to=0000-12");
    expect(previousQuery("from=0000-01&to=0000-01")).toBe("from=-0001-12&to=-0001-12");
    expect(previousQuery("from=44 BCE&to=44 BCE")).toBe("from=-0044&to=-0044");
  });

  it("keeps the match mode", () => {
    expect(previousQuery("from=2025-06&to=2025-06&match=start")).toBe("from=2025-05&to=2025-05&match=start");
  });

  it("has nothing to compare with when the period is open or missing", () => {
    expect(previousPeriodFilter(EMPTY_FILTER)).toBeNull();
    expect(previousQuery("from=2025-06")).toBeNull();
    expect(previousQuery("to=2025-06")).toBeNull();
    expect(previousQuery("from=-9998&to=-9998")).toBeNull();
  });
});
