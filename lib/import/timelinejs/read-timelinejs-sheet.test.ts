import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/read-csv";
import { readCsvImport } from "../csv/read-csv-import";
import type { ImportOptions } from "../import-row";
import { isTimelineJsSheet } from "./read-timelinejs-sheet";

const HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background";

const SHEET = [
  HEADER,
  ',,,,,,,,,Malaysia and fintech,<p>From the <b>2025</b> coverage.</p>,,,,,,title,,',
  "2025,6,,,2025,7,,,,Paris visit season,,,,,,,era,,",
  "2013,,,,,,,,,Year only,,,,,,,,,",
  "2019,7,,,,,,,July 2019,Year and month,,,,,,,,Fintech,",
  "-44,3,15,,,,,,,Ides of March,,,,,,,,,",
  '2025,6,27,,2025,6,28,,"June 27–28, 2025",Sasana Symposium,"<p>Tokenised deposits, <em>CBDCs</em><img src=x onerror=alert(1)></p>",https://www.bnm.gov.my/sasana,BNM,Sasana 2025,,,,Fintech,#ffffff',
  "2025,4,15,2:30 PM,,,,,,Timed,,,,,,,,,",
  "2025,4,,10:30,,,,,,Time on a month,,,,,,,,,",
].join("\n");

function readSheet(options: ImportOptions = {}) {
  const table = readCsv(SHEET);
  if (!table.ok) throw new Error(table.message);
  const result = readCsvImport(table, undefined, options);
  if (result.kind !== "timelinejs-sheet") throw new Error("not read as a TimelineJS sheet");
  return result;
}

describe("TimelineJS spreadsheet", () => {
  const result = readSheet();
  const row = (line: number) => result.rows.find((candidate) => candidate.line === line)!;

  it("is recognised by its headers, whatever their case and spacing", () => {
    expect(isTimelineJsSheet(["year", "MONTH", "Headline", "display date"])).toBe(true);
    expect(isTimelineJsSheet(["Year", "Headline"])).toBe(false);
    expect(isTimelineJsSheet(["Title", "Date"])).toBe(false);
  });

  it("keeps the title slide and eras apart from the events", () => {
    expect(result.title).toEqual({ headline: "Malaysia and fintech", text: "From the **2025** coverage." });
    expect(result.eras).toEqual([{ line: 3, start: { precision: "month", year: 2025, month: 6 }, end: { precision: "month", year: 2025, month: 7 }, headline: "Paris visit season" }]);
    expect(result.rows.map((candidate) => candidate.line)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it("keeps a year as a year and a year with a month as a month, with the spreadsheet's row numbers", () => {
    expect(row(4)).toMatchObject({ errors: [], values: { title: "Year only", start: { precision: "year", value: "2013" } } });
    expect(row(5)).toMatchObject({ errors: [], lane: "Fintech", values: { start: { precision: "month", value: "2019-07" }, dateLabel: "July 2019" } });
  });

  it("reads a negative Year as a year before the common era: -44 is 44 BCE", () => {
    expect(row(6)).toMatchObject({ errors: [], values: { title: "Ides of March", start: { precision: "day", value: "-0043-03-15" } } });
  });

  it("reads a range to the day, sanitised text and the media as a source", () => {
    expect(row(7)).toMatchObject({
      errors: [],
      warnings: [],
      values: {
        start: { precision: "day", value: "2025-06-27" },
        end: { precision: "day", value: "2025-06-28" },
        dateLabel: "June 27–28, 2025",
        body: "Tokenised deposits, _CBDCs_",
        sources: [{ publisher: "bnm.gov.my", url: "https://www.bnm.gov.my/sasana", title: "Sasana 2025", author: "BNM" }],
      },
    });
  });

  it("reads a Time cell as a minute in the default zone, asks for the zone without one, and refuses a time on a month", () => {
    expect(row(8).errors).toEqual([{ line: 8, column: "Time", message: "The time 14:30 has no time zone; give the time zone the file's times are in, like Asia/Kuala_Lumpur or UTC." }]);
    const zoned = readSheet({ defaultTimeZone: "Asia/Kuala_Lumpur" }).rows.find((candidate) => candidate.line === 8)!;
    expect(zoned).toMatchObject({ errors: [], values: { start: { precision: "minute", value: "2025-04-15T14:30" }, timeZone: "Asia/Kuala_Lumpur" } });
    expect(row(9).errors).toEqual([{ line: 9, column: "Time", message: "A time needs a day, but this date gives only a month; add the day or leave out the time." }]);
  });
});
