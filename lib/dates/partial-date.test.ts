import { describe, expect, it } from "vitest";
import { formatPartialDateLabel, formatPartialDateValue, parsePartialDate, partialDateSpan, type PartialDate } from "./partial-date";

const parse = (text: string): PartialDate => {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("parsePartialDate", () => {
  it.each([
    ["2025-06-27", { precision: "day", year: 2025, month: 6, day: 27 }],
    ["27 June 2025", { precision: "day", year: 2025, month: 6, day: 27 }],
    ["June 27, 2025", { precision: "day", year: 2025, month: 6, day: 27 }],
    ["2019-07", { precision: "month", year: 2019, month: 7 }],
    ["July 2019", { precision: "month", year: 2019, month: 7 }],
    ["jul 2019", { precision: "month", year: 2019, month: 7 }],
    ["2025-Q3", { precision: "quarter", year: 2025, quarter: 3 }],
    ["Q3 2025", { precision: "quarter", year: 2025, quarter: 3 }],
    ["2025-summer", { precision: "season", year: 2025, season: "summer" }],
    ["Summer 2025", { precision: "season", year: 2025, season: "summer" }],
    ["fall 2024", { precision: "season", year: 2024, season: "autumn" }],
    ["2013", { precision: "year", year: 2013 }],
  ])("reads %s", (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it("refuses days that do not exist, saying why", () => {
    const result = parsePartialDate("2025-02-31");
    expect(result).toEqual({ ok: false, message: "February 2025 has 28 days; day 31 does not exist." });
    expect(parsePartialDate("2024-02-29").ok).toBe(true);
    expect(parsePartialDate("2023-02-29").ok).toBe(false);
    expect(parsePartialDate("2025-13").ok).toBe(false);
  });

  it("refuses text that is not a date", () => {
    const result = parsePartialDate("next tuesday");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("not a date Chronicle can read");
    expect(parsePartialDate("").ok).toBe(false);
    expect(parsePartialDate("-9999").ok).toBe(false);
  });

  it("round-trips the canonical stored form", () => {
    for (const text of ["2025-06-27", "2019-07", "2025-Q3", "2025-summer", "2013", "0999", "0000", "-0043", "-0043-03-15", "-0499-Q3", "-0217-winter"]) {
      expect(formatPartialDateValue(parse(text))).toBe(text);
    }
  });
});

describe("partialDateSpan", () => {
  it("covers exactly the days the date may mean", () => {
    const span = (text: string) => {
      const { start, end } = partialDateSpan(parse(text));
      return [iso(start), iso(end - 1)];
    };
    expect(span("2025-06-27")).toEqual(["2025-06-27", "2025-06-27"]);
    expect(span("2019-07")).toEqual(["2019-07-01", "2019-07-31"]);
    expect(span("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(span("2025-Q3")).toEqual(["2025-07-01", "2025-09-30"]);
    expect(span("2025-summer")).toEqual(["2025-06-01", "2025-08-31"]);
    expect(span("2025-winter")).toEqual(["2025-12-01", "2026-02-28"]);
    expect(span("2013")).toEqual(["2013-01-01", "2013-12-31"]);
  });

  it("handles years below 100 without mapping them to the 1900s", () => {
    expect(new Date(partialDateSpan(parse("0050")).start).getUTCFullYear()).toBe(50);
  });

  it("spans years before the common era on the proleptic Gregorian calendar, 1 BCE right before 1 CE", () => {
    const span = (text: string) => {
      const { start, end } = partialDateSpan(parse(text));
      return [new Date(start).toISOString().split("T")[0], new Date(end - 1).toISOString().split("T")[0]];
    };
    expect(span("-0043-03-15")).toEqual(["-000043-03-15", "-000043-03-15"]);
    expect(span("44 BCE")).toEqual(["-000043-01-01", "-000043-12-31"]);
    expect(span("1 BCE")[1]).toBe("0000-12-31");
    expect(partialDateSpan(parse("1 BCE")).end).toBe(partialDateSpan(parse("AD 1")).start);
    expect(span("-0001-02")).toEqual(["-000001-02-01", "-000001-02-28"]);
    expect(span("0000-02")).toEqual(["0000-02-01", "0000-02-29"]);
  });
});

describe("formatPartialDateLabel", () => {
  it("writes dates as articles do", () => {
    expect(formatPartialDateLabel(parse("2025-06-27"))).toBe("27 June 2025");
    expect(formatPartialDateLabel(parse("2019-07"))).toBe("July 2019");
    expect(formatPartialDateLabel(parse("2025-summer"))).toBe("Summer 2025");
    expect(formatPartialDateLabel(parse("2025-Q3"))).toBe("Q3 2025");
    expect(formatPartialDateLabel(parse("2013"))).toBe("2013");
  });

  it("names the era of years before 1000", () => {
    expect(formatPartialDateLabel(parse("-0043-03-15"))).toBe("15 March 44 BCE");
    expect(formatPartialDateLabel(parse("0000"))).toBe("1 BCE");
    expect(formatPartialDateLabel(parse("-0217-summer"))).toBe("Summer 218 BCE");
    expect(formatPartialDateLabel(parse("0079"))).toBe("79 CE");
    expect(formatPartialDateLabel(parse("0999-Q2"))).toBe("Q2 999 CE");
    expect(formatPartialDateLabel(parse("1000"))).toBe("1000");
  });
});
