import { describe, expect, it } from "vitest";
import { BUCKET_INTERVALS, bucketKeyOfTime, bucketKeyToPartialDate } from "@/lib/charts/bucket-keys";
import { checkEventDate, eventDateBounds, formatEventDate, type EventDate } from "./event-date";
import { formatPartialDateLabel, parsePartialDate, SEASONS, SUPPORTED_SPAN, type PartialDate } from "./partial-date";

/** Every precision at the first and last units of the first two and last two supported years. */
function edgeBounds(): PartialDate[] {
  const bounds: PartialDate[] = [];
  for (const year of [1, 2, 9998, 9999]) {
    bounds.push({ precision: "year", year });
    for (const quarter of [1, 4]) bounds.push({ precision: "quarter", year, quarter });
    for (const season of SEASONS) bounds.push({ precision: "season", year, season });
    for (const month of [1, 12]) bounds.push({ precision: "month", year, month });
    for (const [month, day] of [[1, 1], [1, 2], [12, 30], [12, 31]] as const) bounds.push({ precision: "day", year, month, day });
  }
  return bounds;
}

function edgeDates(): EventDate[] {
  const dates: EventDate[] = [];
  for (const start of edgeBounds()) {
    for (const approximate of [false, true]) {
      dates.push({ start, end: null, approximate }, { start, end: "ongoing", approximate });
      dates.push({ start: null, end: start, approximate });
    }
  }
  return dates;
}

describe("the supported span (years 1–9999 CE)", () => {
  it("accepts a date exactly when everything it may mean lies inside the span", () => {
    for (const date of edgeDates()) {
      if (!date.start && !date.end) continue;
      const { earliest, latest } = eventDateBounds(date);
      const inside = (!date.start || earliest >= SUPPORTED_SPAN.start) && (date.end === "ongoing" || latest <= SUPPORTED_SPAN.end);
      expect(checkEventDate(date) === null, formatEventDate(date)).toBe(inside);
    }
  });

  it("gives every accepted date a chart bucket and a label at every interval", () => {
    for (const date of edgeDates()) {
      if (checkEventDate(date) !== null) continue;
      const { earliest, latest } = eventDateBounds(date);
      for (const interval of BUCKET_INTERVALS) {
        for (const at of [earliest, latest - 1]) {
          if (Math.abs(at) >= 8e15) continue;
          const key = bucketKeyOfTime(at, interval);
          expect(() => bucketKeyToPartialDate(key), `${formatEventDate(date)} at ${interval}`).not.toThrow();
          expect(formatPartialDateLabel(bucketKeyToPartialDate(key))).not.toBe("");
        }
      }
    }
  });

  it("refuses circa on the first day, the first year and the last year, naming the field and the range", () => {
    const firstDay = checkEventDate({ start: { precision: "day", year: 1, month: 1, day: 1 }, end: null, approximate: true });
    expect(firstDay).toEqual({
      field: "start",
      message: "1 January 1, widened by “circa”, reaches before the year 1. Chronicle keeps dates from the year 1 to 9999 of the common era.",
    });
    expect(checkEventDate({ start: { precision: "year", year: 1 }, end: "ongoing", approximate: true })?.field).toBe("start");
    expect(checkEventDate({ start: { precision: "year", year: 2000 }, end: { precision: "year", year: 9999 }, approximate: true })).toEqual({
      field: "end",
      message: "9999, widened by “circa”, reaches past the year 9999. Chronicle keeps dates from the year 1 to 9999 of the common era.",
    });
    expect(checkEventDate({ start: { precision: "season", year: 9999, season: "winter" }, end: null, approximate: false })?.message).toBe(
      "Winter 9999 reaches past the year 9999. Chronicle keeps dates from the year 1 to 9999 of the common era.",
    );
  });

  it("says that years before the common era are not supported, rather than that the text is unreadable", () => {
    for (const text of ["44 BC", "500 BCE", "-0043", "-44-03-15", "c. 300 b.c."]) {
      const parsed = parsePartialDate(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message, text).toContain("before the common era");
    }
    const yearZero = parsePartialDate("0000");
    expect(yearZero.ok ? "" : yearZero.message).toBe("Year 0 is outside what Chronicle keeps: Chronicle keeps dates from the year 1 to 9999 of the common era.");
  });
});
