import { describe, expect, it } from "vitest";
import { BUCKET_INTERVALS, bucketKeyOfTime, bucketKeyToPartialDate } from "@/lib/charts/bucket-keys";
import { checkEventDate, eventDateBounds, formatEventDate, type EventDate } from "./event-date";
import { formatPartialDateLabel, MAX_YEAR, MIN_YEAR, parsePartialDate, SEASONS, SUPPORTED_SPAN, type PartialDate } from "./partial-date";

/** Every precision at the first and last units of the first two and last two supported years. */
function edgeBounds(): PartialDate[] {
  const bounds: PartialDate[] = [];
  for (const year of [MIN_YEAR, MIN_YEAR + 1, -1, 0, 1, 2, MAX_YEAR - 1, MAX_YEAR]) {
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

describe("the supported span (9999 BCE – 9999 CE)", () => {
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
    const span = "Chronicle keeps dates from 9999 BCE to 9999 CE.";
    const firstDay = checkEventDate({ start: { precision: "day", year: MIN_YEAR, month: 1, day: 1 }, end: null, approximate: true });
    expect(firstDay).toEqual({ field: "start", message: `1 January 9999 BCE, widened by “circa”, reaches before 9999 BCE. ${span}` });
    expect(checkEventDate({ start: { precision: "year", year: MIN_YEAR }, end: "ongoing", approximate: true })?.field).toBe("start");
    expect(checkEventDate({ start: { precision: "year", year: MIN_YEAR + 1 }, end: "ongoing", approximate: true })).toBeNull();
    expect(checkEventDate({ start: { precision: "year", year: 2000 }, end: { precision: "year", year: 9999 }, approximate: true })).toEqual({
      field: "end",
      message: `9999, widened by “circa”, reaches past 9999. ${span}`,
    });
    expect(checkEventDate({ start: { precision: "season", year: 9999, season: "winter" }, end: null, approximate: false })?.message).toBe(
      `Winter 9999 reaches past 9999. ${span}`,
    );
  });

  it("reads years before the common era as historians write them and as ISO 8601 stores them", () => {
    const year = (text: string) => {
      const parsed = parsePartialDate(text);
      return parsed.ok ? parsed.value : parsed.message;
    };
    for (const text of ["44 BC", "44 BCE", "44 b.c.", "-0043"]) expect(year(text), text).toEqual({ precision: "year", year: -43 });
    for (const text of ["15 March 44 BC", "March 15 44 BCE", "-0043-03-15"]) {
      expect(year(text), text).toEqual({ precision: "day", year: -43, month: 3, day: 15 });
    }
    expect(year("1 BCE")).toEqual({ precision: "year", year: 0 });
    expect(year("0000")).toEqual({ precision: "year", year: 0 });
    expect(year("AD 79")).toEqual({ precision: "year", year: 79 });
    expect(year("79 CE")).toEqual({ precision: "year", year: 79 });
    expect(year("Q3 500 BCE")).toEqual({ precision: "quarter", year: -499, quarter: 3 });
    expect(year("0 BC")).toBe("There is no year 0: 1 BCE is followed by 1 CE.");
    expect(year("AD 0")).toBe("There is no year 0: 1 BCE is followed by 1 CE.");
    expect(year("-9999")).toBe("The year 10000 BCE is outside what Chronicle keeps. Chronicle keeps dates from 9999 BCE to 9999 CE.");
  });

  it("labels every supported bound so that the label reads back as the same date", () => {
    for (const bound of edgeBounds()) {
      const label = formatPartialDateLabel(bound);
      const parsed = parsePartialDate(label);
      expect(parsed.ok ? parsed.value : parsed.message, label).toEqual(bound);
    }
  });
});
