import { describe, expect, it } from "vitest";
import { needsDefaultTimeZone, type ImportOptions } from "../import-row";
import { readTimelineJsJson, type TimelineJsonResult } from "./read-timelinejs-json";
import { suggestTopicForLane } from "./timeline-era";

const timeline = {
  title: { text: { headline: "Malaysia and <i>fintech</i>", text: "<p>From the <b>2025</b> coverage.</p>" }, media: { url: "https://example.org/cover.jpg" } },
  eras: [
    { start_date: { year: 2025, month: 6 }, end_date: { year: 2025, month: 7 }, text: { headline: "Paris visit season" } },
    { start_date: { year: -300 }, end_date: { year: 2025 }, text: { headline: "Before" } },
    { start_date: { year: 0 }, end_date: { year: 10 }, text: { headline: "No such year" } },
  ],
  events: [
    { start_date: { year: "2013" }, text: { headline: "Year only" } },
    { start_date: { year: 2019, month: "7" }, text: { headline: "Year and month" }, display_date: "Summer of 2019", group: "Fintech", unique_id: "ym" },
    { start_date: { year: -44, month: 3, day: 15 }, text: { headline: "Ides of March" } },
    {
      start_date: { year: 2025, month: 6, day: 27, display_date: "June 27" },
      end_date: { year: 2025, month: 6, day: 28, display_date: "June 28, 2025" },
      text: { headline: "Bank Negara Malaysia hosts the Sasana Symposium", text: '<p>Central bankers <a href="javascript:alert(1)" onclick="x()">met</a>.</p><script>steal()</script>' },
      media: { url: "https://www.bnm.gov.my/sasana", caption: "Sasana <b>2025</b>", credit: "BNM" },
      unique_id: "sasana",
    },
    { start_date: { year: 2025, month: 4, day: 15, hour: 10, minute: 30 }, text: { headline: "Timed" }, media: { url: "<iframe src='x'></iframe>" } },
    { start_date: { year: 2025, month: 4, day: 15, hour: 10, minute: 0 }, end_date: { year: 2025, month: 4, day: 15, hour: 12, minute: 0 }, text: { headline: "Same day" } },
    { start_date: { year: 2025, month: 6 }, end_date: { year: 2025, month: 5 }, text: { headline: "" }, unique_id: "ym" },
    { start_date: { year: true }, text: "not an object" },
    { start_date: { year: 2019, month: 7, day: 4, hour: 10, minute: 30 }, end_date: { year: 2019, month: 7, day: 4 }, text: { headline: "End on the same day, without a time" } },
    { start_date: { year: 2019, month: 7, day: 4 }, end_date: { year: 2019, month: 7, day: 6, hour: 18, minute: 0 }, text: { headline: "End with a time on a later day" } },
  ],
};

function read(document: Record<string, unknown>, options: ImportOptions = {}): Extract<TimelineJsonResult, { ok: true }> {
  const result = readTimelineJsJson(document, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("readTimelineJsJson", () => {
  const result = read(timeline);
  const row = (line: number) => result.rows.find((candidate) => candidate.line === line)!;

  it("returns the title slide and the eras apart from the events", () => {
    expect(result.title).toEqual({ headline: "Malaysia and fintech", text: "From the **2025** coverage." });
    expect(result.eras).toEqual([
      { line: 1, start: { precision: "month", year: 2025, month: 6 }, end: { precision: "month", year: 2025, month: 7 }, headline: "Paris visit season" },
      { line: 2, start: { precision: "year", year: -299 }, end: { precision: "year", year: 2025 }, headline: "Before" },
      { line: 3, start: null, end: { precision: "year", year: 10 }, headline: "No such year" },
    ]);
    expect(result.errors).toEqual([{ line: 3, column: "eras[2].start_date.year", message: "There is no year 0: TimelineJS writes 1 BCE as -1 and 1 CE as 1." }]);
    expect(result.rows.map((candidate) => candidate.values.title)).not.toContain("Malaysia and fintech");
    expect(result.rows).toHaveLength(timeline.events.length);
  });

  it("keeps a year as a year and a month as a month", () => {
    expect(row(1).values.start).toEqual({ precision: "year", value: "2013" });
    expect(row(1).errors).toEqual([]);
    expect(row(2).values).toMatchObject({ start: { precision: "month", value: "2019-07" }, end: { precision: "none" }, dateLabel: "Summer of 2019" });
    expect(row(2)).toMatchObject({ externalId: "ym", lane: "Fintech", errors: [] });
    expect(suggestTopicForLane(row(2).lane!)).toEqual({ name: "Fintech", slug: "fintech" });
  });

  it("reads a negative year as a year before the common era: -44 is 44 BCE, stored as the astronomical -0043", () => {
    expect(row(3).errors).toEqual([]);
    expect(row(3).values.start).toEqual({ precision: "day", value: "-0043-03-15" });
  });

  it("reads the Sasana Symposium as 27–28 June 2025 to the day, its HTML made safe Markdown and its media a source", () => {
    expect(row(4)).toMatchObject({
      externalId: "sasana",
      errors: [],
      warnings: [],
      values: {
        title: "Bank Negara Malaysia hosts the Sasana Symposium",
        start: { precision: "day", value: "2025-06-27" },
        end: { precision: "day", value: "2025-06-28" },
        timeZone: "",
        dateLabel: "June 27 – June 28, 2025",
        body: "Central bankers met.",
        sources: [{ publisher: "bnm.gov.my", title: "Sasana 2025", url: "https://www.bnm.gov.my/sasana", author: "BNM", publishedOn: "", quote: "" }],
      },
    });
  });

  it("asks for the time zone of a time, since TimelineJS gives none, and says why media that is not a web address is not a source", () => {
    expect(row(5).errors).toEqual([
      { line: 5, column: "start_date.hour", message: "The time 10:30 has no time zone; give the time zone the file's times are in, like Asia/Kuala_Lumpur or UTC." },
    ]);
    expect(needsDefaultTimeZone(row(5).errors[0]!)).toBe(true);
    expect(row(5).values).toMatchObject({ start: { precision: "minute", value: "2025-04-15T10:30" }, timeZone: "", sources: [] });
    expect(row(5).warnings).toEqual(["The media “<iframe src='x'></iframe>” is not a web address, so it is not kept as a source."]);
    expect(row(6).errors.map((error) => error.column)).toEqual(["start_date.hour"]);
    expect(row(10).errors).toEqual([
      { line: 10, column: "end_date.hour", message: "The time 18:00 has no time zone; give the time zone the file's times are in, like Asia/Kuala_Lumpur or UTC." },
    ]);
    expect(result.rows.filter((candidate) => candidate.errors.some(needsDefaultTimeZone)).map((candidate) => candidate.line)).toEqual([5, 6, 9, 10]);
  });

  describe("with a default time zone", () => {
    const zoned = read(timeline, { defaultTimeZone: "Asia/Kuala_Lumpur" });
    const zonedRow = (line: number) => zoned.rows.find((candidate) => candidate.line === line)!;

    it("reads hour and minute as a minute-precision start in that zone", () => {
      expect(zonedRow(5)).toMatchObject({ errors: [], values: { start: { precision: "minute", value: "2025-04-15T10:30" }, end: { precision: "none", value: "" }, timeZone: "Asia/Kuala_Lumpur" } });
      const fourth = read({ events: [{ start_date: { year: 2019, month: 7, day: 4, hour: 10, minute: 30 }, text: { headline: "Fourth" } }] }, { defaultTimeZone: "utc" });
      expect(fourth.rows[0]).toMatchObject({ errors: [], warnings: [], values: { start: { precision: "minute", value: "2019-07-04T10:30" }, timeZone: "UTC" } });
    });

    it("keeps an end time on the start's day as a range of minutes", () => {
      expect(zonedRow(6)).toMatchObject({
        errors: [],
        warnings: [],
        values: { start: { precision: "minute", value: "2025-04-15T10:00" }, end: { precision: "minute", value: "2025-04-15T12:00" }, timeZone: "Asia/Kuala_Lumpur" },
      });
    });

    it("keeps a single date when the end is the start's day without a time, and an end's time on a later day", () => {
      expect(zonedRow(9)).toMatchObject({ errors: [], values: { start: { precision: "minute", value: "2019-07-04T10:30" }, end: { precision: "none" }, timeZone: "Asia/Kuala_Lumpur" } });
      expect(zonedRow(9).warnings).toEqual(["The end is the same day as the start, so the event is kept as a single date."]);
      expect(zonedRow(10)).toMatchObject({
        errors: [],
        warnings: [],
        values: { start: { precision: "day", value: "2019-07-04" }, end: { precision: "minute", value: "2019-07-06T18:00" }, timeZone: "Asia/Kuala_Lumpur" },
      });
    });

    it("names a default zone Chronicle does not know on the time's column", () => {
      const mars = read(timeline, { defaultTimeZone: "Mars/Olympus_Mons" });
      expect(mars.rows[4]!.errors).toEqual([
        { line: 5, column: "start_date.hour", message: "“Mars/Olympus_Mons” is not a time zone Chronicle knows; use a name like Asia/Kuala_Lumpur, Europe/Paris or UTC." },
      ]);
    });

    it("leaves dates without a time as they are", () => {
      expect(zonedRow(4)).toMatchObject({ errors: [], values: { start: { precision: "day", value: "2025-06-27" }, timeZone: "" } });
    });
  });

  it("reports an empty headline, an end before the start and a repeated unique_id on the row's fields", () => {
    expect(row(7).errors).toEqual([
      { line: 7, column: "text.headline", message: "Enter a title." },
      { line: 7, column: "end_date", message: "The end (May 2025) is before the start (June 2025)." },
      { line: 7, column: "unique_id", message: "The id “ym” is already used by event 2; each event needs its own." },
    ]);
  });

  it("reports fields of the wrong type without failing the file", () => {
    expect(row(8).errors).toEqual([
      { line: 8, column: "start_date.year", message: "Give a whole number, like 2025." },
      { line: 8, column: "text", message: "Give the text as an object." },
    ]);
  });

  it("refuses a document without an events list", () => {
    expect(readTimelineJsJson({ title: {} })).toEqual({ ok: false, message: 'A TimelineJS file has an "events" list.' });
  });
});
