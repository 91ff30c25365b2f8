import { describe, expect, it } from "vitest";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { formatPeriodLabel } from "./period-label";

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
