import { describe, expect, it } from "vitest";
import { readImportFile } from "./read-import-file";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readImportFile", () => {
  it("reads each format with its reader", () => {
    const chronicle = readImportFile("export.json", bytes(JSON.stringify({ format: "chronicle", version: 1, events: [{ title: "Sasana", start: { precision: "day", value: "2025-06-27" } }] })));
    expect(chronicle).toMatchObject({ ok: true, format: "chronicle-json", rows: [{ line: 1, errors: [] }] });

    const timeline = readImportFile("timeline.json", bytes(JSON.stringify({ events: [{ start_date: { year: 2013 }, text: { headline: "Year only" } }] })));
    expect(timeline).toMatchObject({ ok: true, format: "timelinejs-json", title: null, eras: [], rows: [{ values: { start: { precision: "year", value: "2013" } } }] });

    const sheet = readImportFile("sheet.csv", bytes("Year,Month,Headline,Display Date\n2019,7,Month,\n"));
    expect(sheet).toMatchObject({ ok: true, format: "timelinejs-sheet", rows: [{ line: 2, values: { start: { precision: "month", value: "2019-07" } } }] });

    const csv = readImportFile("events.csv", bytes("Name,When\nSasana,27–28 June 2025\n"));
    expect(csv).toMatchObject({ ok: true, format: "csv", rows: [{ line: 2, values: { title: "Sasana", end: { precision: "day", value: "2025-06-28" } } }] });
  });

  it("passes the default time zone to the readers whose files may not name one", () => {
    const timeline = bytes(JSON.stringify({ events: [{ start_date: { year: 2019, month: 7, day: 4, hour: 10, minute: 30 }, text: { headline: "Fourth" } }] }));
    expect(readImportFile("timeline.json", timeline, undefined, { defaultTimeZone: "America/New_York" })).toMatchObject({
      ok: true,
      rows: [{ errors: [], values: { start: { precision: "minute", value: "2019-07-04T10:30" }, timeZone: "America/New_York" } }],
    });
    expect(readImportFile("timeline.json", timeline)).toMatchObject({ ok: true, rows: [{ errors: [{ column: "start_date.hour" }] }] });
    const sheet = bytes("Year,Month,Day,Time,Headline,Display Date\n2019,7,4,10:30,Fourth,\n");
    expect(readImportFile("sheet.csv", sheet, undefined, { defaultTimeZone: "UTC" })).toMatchObject({ format: "timelinejs-sheet", rows: [{ errors: [], values: { timeZone: "UTC" } }] });
    const csv = bytes("Name,When\nTalks,15 April 2025 10:30\n");
    expect(readImportFile("events.csv", csv, undefined, { defaultTimeZone: "UTC" })).toMatchObject({ format: "csv", rows: [{ errors: [], values: { start: { precision: "minute" }, timeZone: "UTC" } }] });
  });

  it("refuses a JSON bomb, a truncated file and an unknown version with one message", () => {
    expect(readImportFile("bomb.json", bytes(`{"events": ${"[".repeat(50_000)}`))).toEqual({ ok: false, message: expect.stringMatching(/^The JSON nests more than 32 levels deep/) });
    expect(readImportFile("cut.json", bytes('{"format": "chronicle", "version": 1, "events": [{"title": "Sas'))).toEqual({ ok: false, message: expect.stringMatching(/looks cut short/) });
    expect(readImportFile("new.json", bytes('{"format": "chronicle", "version": 3, "events": []}'))).toEqual({ ok: false, message: expect.stringMatching(/version 3; this Chronicle reads version 1/) });
  });
});
