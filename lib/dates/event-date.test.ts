import { describe, expect, it } from "vitest";
import { parsePartialDate, type PartialDate } from "./partial-date";
import {
  checkEventDate,
  compareByDate,
  DATE_MAX,
  DATE_MIN,
  eventDateBounds,
  eventDateShape,
  formatEventDate,
  fromStoredEventDate,
  isExactDate,
  overlapsPeriod,
  parseBoundAtPrecision,
  toStoredEventDate,
  type EventDate,
} from "./event-date";

const d = (text: string): PartialDate => {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const date = (start: string | null, end?: string | "ongoing", approximate = false): EventDate => ({
  start: start ? d(start) : null,
  end: end === "ongoing" ? "ongoing" : end ? d(end) : null,
  approximate,
});
const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe("formatEventDate", () => {
  it.each([
    [date("2025-06-27", "2025-06-28"), "27–28 June 2025"],
    [date("2025-06-30", "2025-07-02"), "30 June – 2 July 2025"],
    [date("2024-12-30", "2025-01-02"), "30 December 2024 – 2 January 2025"],
    [date("2019-07"), "July 2019"],
    [date("2025-06", "2025-08"), "June–August 2025"],
    [date("2025-summer"), "Summer 2025"],
    [date("2025-Q3"), "Q3 2025"],
    [date("2013"), "2013"],
    [date("2013", undefined, true), "c. 2013"],
    [date("2023", "ongoing"), "since 2023"],
    [date("2019-07", "ongoing"), "since July 2019"],
    [date(null, "ongoing"), "Ongoing"],
    [date(null, "2020"), "until 2020"],
    [date("2019", "2025-06"), "2019 – June 2025"],
  ])("labels %j as %s", (value, label) => {
    expect(formatEventDate(value)).toBe(label);
  });
});

describe("eventDateBounds", () => {
  it("spans the whole of a partial date, end exclusive", () => {
    expect(eventDateBounds(date("2019-07"))).toEqual({ earliest: utc("2019-07-01"), latest: utc("2019-08-01") });
    expect(eventDateBounds(date("2025-06-27", "2025-06-28"))).toEqual({ earliest: utc("2025-06-27"), latest: utc("2025-06-29") });
    expect(eventDateBounds(date("2025-summer"))).toEqual({ earliest: utc("2025-06-01"), latest: utc("2025-09-01") });
  });

  it("widens approximate dates by one unit of their precision", () => {
    expect(eventDateBounds(date("2013", undefined, true))).toEqual({ earliest: utc("2012-01-01"), latest: utc("2015-01-01") });
  });

  it("uses open sentinels for an unknown start and an ongoing end", () => {
    expect(eventDateBounds(date(null, "ongoing"))).toEqual({ earliest: DATE_MIN, latest: DATE_MAX });
    expect(eventDateBounds(date("2023", "ongoing"))).toEqual({ earliest: utc("2023-01-01"), latest: DATE_MAX });
  });
});

describe("ordering and overlap", () => {
  const event = (id: number, value: EventDate) => ({ id, ...eventDateBounds(value) });

  it("orders partial dates by their earliest possible instant, then by length", () => {
    const month = event(1, date("2025-07"));
    const day = event(2, date("2025-07-03"));
    const firstDay = event(3, date("2025-07-01"));
    const season = event(4, date("2025-summer"));
    const sorted = [day, month, firstDay, season].sort(compareByDate).map((e) => e.id);
    expect(sorted).toEqual([4, 3, 1, 2]);
  });

  it("keeps a partial date in every period it may fall in", () => {
    const july2019 = eventDateBounds(date("2019-07"));
    const period = (from: string, to: string) => ({ start: utc(from), end: utc(to) });
    expect(overlapsPeriod(july2019, period("2019-07-15", "2019-07-16"))).toBe(true);
    expect(overlapsPeriod(july2019, period("2019-06-01", "2019-07-01"))).toBe(false);
    expect(overlapsPeriod(july2019, period("2019-08-01", "2019-09-01"))).toBe(false);
    const ongoing = eventDateBounds(date("2023", "ongoing"));
    expect(overlapsPeriod(ongoing, period("2026-01-01", "2026-02-01"))).toBe(true);
    expect(overlapsPeriod(ongoing, period("2022-01-01", "2023-01-01"))).toBe(false);
  });
});

describe("checkEventDate", () => {
  it("refuses an end before the start, naming both", () => {
    expect(checkEventDate(date("2025-07-04", "2025-07-03"))).toEqual({
      field: "end",
      message: "The end (3 July 2025) is before the start (4 July 2025).",
    });
  });

  it("accepts an end inside a coarser start's span only when it ends later", () => {
    expect(checkEventDate(date("2025-06", "2025-06-15"))).toBeNull();
    expect(checkEventDate(date("2025-06", "2025-06"))?.field).toBe("end");
  });

  it("needs something to place the event in time", () => {
    expect(checkEventDate(date(null))?.field).toBe("start");
    expect(checkEventDate(date(null, "ongoing"))).toBeNull();
  });
});

describe("stored form", () => {
  it("round-trips every precision", () => {
    for (const value of [date("2025-06-27", "2025-06-28"), date("2019-07"), date("2025-summer"), date("2013", undefined, true), date(null, "ongoing"), date("2023", "ongoing"), date("2025-Q1", "2025-Q3")]) {
      expect(fromStoredEventDate(toStoredEventDate(value))).toEqual({ ...value, timeZone: null });
    }
    const timed = { ...date("2025-04-15T10:30", "2025-04-15T12:00"), timeZone: "Asia/Kuala_Lumpur" };
    expect(fromStoredEventDate(toStoredEventDate(timed))).toEqual(timed);
  });

  it("keeps a time of day in its zone: bounds in UTC, a label that names the zone, and a zone it must have", () => {
    const timed = { ...date("2025-04-15T10:30"), timeZone: "Asia/Kuala_Lumpur" };
    expect(toStoredEventDate(timed)).toMatchObject({ startValue: "2025-04-15T10:30", startPrecision: "minute", timeZone: "Asia/Kuala_Lumpur", earliest: Date.parse("2025-04-15T02:30:00Z"), latest: Date.parse("2025-04-15T02:31:00Z") });
    expect(formatEventDate(timed)).toBe("15 April 2025, 10:30 (Asia/Kuala_Lumpur)");
    expect(formatEventDate({ ...date("2025-04-15T10:30", "2025-04-15T12:00"), timeZone: "UTC" })).toBe("15 April 2025, 10:30–12:00 (UTC)");
    expect(checkEventDate(date("2025-04-15T10:30"))?.message).toContain("needs the time zone");
    // A day never carries a zone, even if one was given.
    expect(toStoredEventDate({ ...date("2025-04-15"), timeZone: "Europe/Paris" }).timeZone).toBeNull();
    expect(formatEventDate({ ...date("2025-04-15"), timeZone: "Europe/Paris" })).toBe("15 April 2025");
  });

  it("records the precision of each bound", () => {
    expect(toStoredEventDate(date("2019-07"))).toMatchObject({ startValue: "2019-07", startPrecision: "month", endValue: null, endPrecision: "none" });
    expect(toStoredEventDate(date(null, "ongoing"))).toMatchObject({ startValue: null, startPrecision: "unknown", endPrecision: "ongoing" });
  });
});

describe("parseBoundAtPrecision", () => {
  it("says what to type when the text has another precision", () => {
    const result = parseBoundAtPrecision("2019-07-15", "month");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe("“2019-07-15” is a day, not a month. Type a month, like 2019-07 or July 2019.");
    expect(parseBoundAtPrecision("July 2019", "month").ok).toBe(true);
  });
});

describe("shape and exactness", () => {
  it("tells the timeline how to draw each kind of date", () => {
    expect(eventDateShape(date("2025-06-29"))).toBe("point");
    expect(eventDateShape(date("2025-06-27", "2025-06-28"))).toBe("range");
    expect(eventDateShape(date("2019-07"))).toBe("range");
    expect(eventDateShape(date(null, "ongoing"))).toBe("open");
    expect(isExactDate(date("2025-06-27", "2025-06-28"))).toBe(true);
    expect(isExactDate(date("2019-07"))).toBe(false);
    expect(isExactDate(date("2025-06-29", undefined, true))).toBe(false);
  });
});
