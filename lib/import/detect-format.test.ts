import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect-format";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("detectFormat", () => {
  it.each([
    ["export.json", '{\n  "format": "chronicle",\n  "version": 1,\n  "events": []\n}', "chronicle-json"],
    ["timeline.json", '{"title": {"text": {"headline": "T"}}, "events": [{"start_date": {"year": 2025}}]}', "timelinejs-json"],
    ["Timeline - Sheet1.csv", "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media\n2025,6,27,,,,,,,Sasana,,\n", "timelinejs-sheet"],
    ["events.csv", "Title,Date,Summary\nSasana Symposium,27–28 June 2025,Central bankers\n", "csv"],
    ["events.txt", "\uFEFFTitle;Date\nSasana;2025\n", "csv"],
  ])("%s is %s", (name, text, format) => {
    expect(detectFormat(name, bytes(text))).toEqual({ ok: true, format: format });
  });

  it("tolerates first bytes that end inside a character", () => {
    const cut = bytes("Title,Date\nKuala Lumpur – 吉").subarray(0, -1);
    expect(detectFormat("events.csv", cut)).toEqual({ ok: true, format: "csv" });
  });

  it.each([
    ["empty.csv", new Uint8Array(0), "The file is empty."],
    ["events.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), "This is a spreadsheet workbook or another zip file, not CSV or JSON."],
    ["report.pdf", bytes("%PDF-1.7"), "This is a PDF, not CSV or JSON."],
    ["latin1.csv", new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]), "The file is not UTF-8 text."],
    ["other.json", '{"format": "geojson", "features": []}', "This JSON file says its format is “geojson”"],
    ["list.json", "[1, 2]", "This JSON file holds a list at the top"],
    ["misnamed.json", "Title,Date", "The file is named .json but does not hold a JSON object."],
    ["data.csv", "2025-06-27,Sasana\n", "The first row looks like data (“2025-06-27”)"],
    ["dupes.csv", "Title,Date,title\n", "The header row names “title” twice (columns 1 and 3)"],
  ])("refuses %s", (name, input, start) => {
    const result = detectFormat(name, typeof input === "string" ? bytes(input) : input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.startsWith(start)).toBe(true);
  });
});
