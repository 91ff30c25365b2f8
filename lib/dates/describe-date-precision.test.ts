import { describe, expect, it } from "vitest";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import type { EventDate } from "@/lib/dates/event-date";
import { describeDatePrecision } from "./describe-date-precision";

function partial(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const date = (start: string | null, end: string | "ongoing" | null = null, approximate = false): EventDate => ({
  start: start ? partial(start) : null,
  end: end === "ongoing" ? "ongoing" : end ? partial(end) : null,
  approximate,
});

describe("describeDatePrecision", () => {
  it("says how precisely a single date is known", () => {
    expect(describeDatePrecision(date("2025-06-27"))).toBe("known to the day");
    expect(describeDatePrecision(date("2019-07"))).toBe("known to the month");
    expect(describeDatePrecision(date("2025-Q3"))).toBe("known to the quarter");
    expect(describeDatePrecision(date("2025-summer"))).toBe("known to the season");
    expect(describeDatePrecision(date("2013"))).toBe("known to the year");
  });

  it("treats a range with the same precision at both ends like a single precision", () => {
    expect(describeDatePrecision(date("2025-07-03", "2025-07-04"))).toBe("known to the day");
  });

  it("names both precisions when the ends differ", () => {
    expect(describeDatePrecision(date("2025-06-27", "2025-08"))).toBe("start known to the day, end to the month");
  });

  it("marks approximate dates with the margin the bounds allow", () => {
    expect(describeDatePrecision(date("2013", null, true))).toBe("approximate: give or take a year");
    expect(describeDatePrecision(date("2013", "2015-06", true))).toBe("approximate: give or take a year (start) or month (end)");
  });

  it("describes ongoing events with and without a known start", () => {
    expect(describeDatePrecision(date(null, "ongoing"))).toBe("ongoing, start unknown");
    expect(describeDatePrecision(date("2023", "ongoing"))).toBe("ongoing; start known to the year");
    expect(describeDatePrecision(date("2023-05", "ongoing", true))).toBe("ongoing; start approximate, give or take a month");
  });

  it("describes an event whose start is unknown but whose end is known", () => {
    expect(describeDatePrecision(date(null, "2020-03"))).toBe("start unknown; end known to the month");
  });
});
