import { describe, expect, it } from "vitest";
import { readSheetTime, readTimelineDate } from "./timelinejs-date";

const columns = { year: "Year", month: "Month", day: "Day", time: "Time" };

describe("readTimelineDate: exactly the precision given", () => {
  it.each([
    [{ year: 2013 }, { precision: "year", year: 2013 }],
    [{ year: "2013", month: "" }, { precision: "year", year: 2013 }],
    [{ year: "2019", month: "7" }, { precision: "month", year: 2019, month: 7 }],
    [{ year: 2025, month: 6, day: 27 }, { precision: "day", year: 2025, month: 6, day: 27 }],
    [{ year: " 2025.0 ", month: "06", day: "27" }, { precision: "day", year: 2025, month: 6, day: 27 }],
  ])("%o", (parts, date) => {
    expect(readTimelineDate(parts, columns)).toEqual({ ok: true, date, time: null, warnings: [] });
  });

  it("keeps hour and minute as a time on the day, with no zone", () => {
    expect(readTimelineDate({ year: 2025, month: 4, day: 15, hour: 10, minute: 30 }, columns)).toEqual({
      ok: true,
      date: { precision: "day", year: 2025, month: 4, day: 15 },
      time: { hour: 10, minute: 30, zone: null },
      warnings: [],
    });
  });

  it("leaves out seconds with a warning", () => {
    const read = readTimelineDate({ year: 2025, month: 4, day: 15, hour: 10, minute: 30, second: 15 }, columns);
    expect(read).toMatchObject({ ok: true, time: { hour: 10, minute: 30 }, warnings: ["Chronicle keeps times to the minute; the seconds were left out."] });
  });

  it("does not invent a minute for an hour alone", () => {
    const read = readTimelineDate({ year: 2025, month: 4, day: 15, hour: 14 }, columns);
    expect(read).toMatchObject({ ok: true, time: null, warnings: [expect.stringMatching(/hour \(14\) but no minute/)] });
  });
});

describe("readTimelineDate: years before the common era", () => {
  it.each([
    [{ year: -44 }, { precision: "year", year: -43 }],
    [{ year: "-1" }, { precision: "year", year: 0 }],
    [{ year: -9999 }, { precision: "year", year: -9998 }],
    [{ year: -44, month: 3, day: 15 }, { precision: "day", year: -43, month: 3, day: 15 }],
    // 45 BCE is a leap year on the proleptic Gregorian calendar (astronomical -44, divisible by 4); 46 BCE is not.
    [{ year: -45, month: 2, day: 29 }, { precision: "day", year: -44, month: 2, day: 29 }],
    [{ year: -46, month: 2, day: 29 }, null],
  ])("%o", (parts, date) => {
    const read = readTimelineDate(parts, columns);
    expect(read.ok ? read.date : null).toEqual(date);
  });
});

describe("readTimelineDate: refusals", () => {
  it.each([
    [{ year: "0" }, "Year", "There is no year 0: TimelineJS writes 1 BCE as -1 and 1 CE as 1."],
    [{ year: 12000 }, "Year", "Year 12000 is outside what Chronicle keeps. Chronicle keeps dates from 9999 BCE to 9999 CE."],
    [{ year: -10000 }, "Year", "Year -10000 (10000 BCE) is outside what Chronicle keeps. Chronicle keeps dates from 9999 BCE to 9999 CE."],
    [{ year: -46, month: 2, day: 29 }, "Day", "February 46 BCE has 28 days; there is no 29 February 46 BCE."],
    [{ month: 6 }, "Year", "The year is missing; TimelineJS dates need at least a year."],
    [{ year: 2025, day: 27 }, "Day", "A day (27) without a month is not a date; add the month."],
    [{ year: 2025, month: 13 }, "Month", "There is no month 13; months run 1–12."],
    [{ year: 2025, month: 2, day: 29 }, "Day", "February 2025 has 28 days; there is no 29 February 2025."],
    [{ year: "twenty" }, "Year", "The year “twenty” is not a whole number."],
    [{ year: 2025, month: 7, hour: 10, minute: 0 }, "Time", "A time needs a day, but this date gives only a month; add the day or leave out the time."],
    [{ year: 2025, month: 7, day: 1, hour: 24, minute: 0 }, "Time", "There is no hour 24; hours run 0–23."],
  ])("%o", (parts, column, message) => {
    expect(readTimelineDate(parts, columns)).toEqual({ ok: false, errors: [{ column, message }] });
  });
});

describe("readSheetTime", () => {
  it.each([
    ["14:30", { hour: 14, minute: "30" }],
    ["2:30 PM", { hour: 14, minute: "30" }],
    ["12:05 a.m.", { hour: 0, minute: "05" }],
    ["09:15:40", { hour: 9, minute: "15", second: "40" }],
  ])("%s", (text, parts) => {
    const read = readSheetTime(text, "Time");
    expect(read.ok && Object.fromEntries(Object.entries(read.parts).filter(([, value]) => value !== undefined))).toEqual(parts);
  });

  it("refuses what is not a time", () => {
    expect(readSheetTime("noon", "Time")).toEqual({ ok: false, error: { column: "Time", message: "“noon” is not a time; write it like 14:30 or 2:30 PM." } });
  });
});
