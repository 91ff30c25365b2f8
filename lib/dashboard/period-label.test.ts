import { describe, expect, it } from "vitest";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { describeFilterPeriod, formatPeriodLabel } from "./period-label";
import { EMPTY_FILTER } from "@/lib/filters/event-filter";

const d = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe("formatPeriodLabel", () => {
  it("names a single month once, and a range the short way", () => {
    expect(formatPeriodLabel(d("2025-06"), d("2025-06"))).toBe("June 2025");
    expect(formatPeriodLabel(d("2025-04"), d("2025-07"))).toBe("April–July 2025");
    expect(formatPeriodLabel(d("2024-12"), d("2025-03"))).toBe("December 2024 – March 2025");
  });

  it("names open periods and no period", () => {
    expect(formatPeriodLabel(d("2025-04"), undefined)).toBe("from April 2025");
    expect(formatPeriodLabel(undefined, d("2013"))).toBe("until 2013");
    expect(formatPeriodLabel(undefined, undefined)).toBeNull();
  });
});

describe("describeFilterPeriod", () => {
  it("says whether the period selects by overlap or by start", () => {
    expect(describeFilterPeriod(EMPTY_FILTER)).toBe("All dates");
    expect(describeFilterPeriod({ ...EMPTY_FILTER, from: d("2025-04"), to: d("2025-07") })).toBe("Events that may have happened in April–July 2025");
    expect(describeFilterPeriod({ ...EMPTY_FILTER, from: d("2025-04"), match: "start" })).toBe("Events that began from April 2025");
  });
});
