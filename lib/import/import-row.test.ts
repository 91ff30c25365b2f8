import { describe, expect, it } from "vitest";
import { emptyImportValues, eventDateToValues, finishImportRow, validateImportValues, type ImportRow, type ImportValues } from "./import-row";

const SASANA: ImportValues = {
  ...emptyImportValues(),
  title: "Bank Negara Malaysia hosts the Sasana Symposium",
  ...eventDateToValues({ start: { precision: "day", year: 2025, month: 6, day: 27 }, end: { precision: "day", year: 2025, month: 6, day: 28 }, approximate: false }),
  topics: ["fintech", "cbdc"],
  actors: ["bank-negara-malaysia"],
  countries: ["MY"],
};

/** A file whose columns are named in capitals, to show the namer is used. */
const shout = (field: string) => field.toUpperCase();

function rowOf(values: ImportValues, externalId: string | null = null): ImportRow {
  return { line: 9, externalId, values, lane: null, errors: [], warnings: [] };
}

describe("validateImportValues", () => {
  it("accepts a valid event, its references left as names", () => {
    expect(validateImportValues(rowOf(SASANA), shout)).toEqual([]);
  });

  it("checks the non-reference fields with eventInputSchema and names the file's column", () => {
    const values: ImportValues = {
      ...SASANA,
      title: "",
      importance: 7,
      end: { precision: "month", value: "2025-05" },
      countries: ["MY", "my", "Malaysia"],
      sources: [{ publisher: "BNM", title: "", url: "not an address", publishedOn: "", author: "", quote: "" }],
    };
    expect(validateImportValues(rowOf(values), shout)).toEqual([
      { line: 9, column: "TITLE", message: "Enter a title." },
      { line: 9, column: "IMPORTANCE", message: "Importance runs from 1 to 5." },
      { line: 9, column: "COUNTRIES.2", message: "Country codes are two letters (ISO 3166)." },
      { line: 9, column: "COUNTRIES", message: "The country code MY is listed more than once." },
      { line: 9, column: "SOURCES.0.URL", message: "Enter a full web address starting with http:// or https://." },
      { line: 9, column: "END.VALUE", message: "The end (May 2025) is before the start (27 June 2025)." },
    ]);
  });

  it("checks references by name: repeats, blanks, counts and the event itself", () => {
    const values: ImportValues = {
      ...SASANA,
      slug: "sasana-symposium-2025",
      topics: ["fintech", "Fintech", " "],
      actors: Array.from({ length: 101 }, (_, i) => `actor-${i}`),
      parent: { externalIdOrSlug: "sasana-symposium-2025" },
      relations: [
        { type: "context_for", target: { slug: "anwar-official-visit-france-2025" } },
        { type: "context_for", target: { slug: "anwar-official-visit-france-2025" } },
        { type: "follows", target: { externalId: "s1" } },
      ],
    };
    expect(validateImportValues(rowOf(values, "s1"), shout)).toEqual([
      { line: 9, column: "ACTORS", message: "Choose at most 100." },
      { line: 9, column: "TOPICS", message: "A topic is named by an empty text." },
      { line: 9, column: "TOPICS", message: "The topic “Fintech” is listed more than once." },
      { line: 9, column: "PARENT", message: "An event cannot be its own parent." },
      { line: 9, column: "RELATIONS.1.TARGET", message: "The relation “context_for” to the event “anwar-official-visit-france-2025” is listed more than once." },
      { line: 9, column: "RELATIONS.2.TARGET", message: "An event cannot be related to itself." },
    ]);
  });
});

describe("validateImportValues: a time of day", () => {
  const timed = (timeZone: string, end: ImportValues["end"] = { precision: "minute", value: "2025-04-15T12:00" }): ImportValues => ({
    ...SASANA,
    start: { precision: "minute", value: "2025-04-15T10:30" },
    end,
    timeZone,
  });

  it("is a minute-precision bound read in a known zone, on the zone's column", () => {
    expect(validateImportValues(rowOf(timed("Asia/Kuala_Lumpur")), shout)).toEqual([]);
    expect(validateImportValues(rowOf(timed("asia/kuala_lumpur", { precision: "none", value: "" })), shout)).toEqual([]);
    expect(validateImportValues(rowOf(timed("")), shout)).toEqual([
      { line: 9, column: "TIMEZONE", message: "A time of day needs the time zone it was given in, like Asia/Kuala_Lumpur or UTC." },
    ]);
    expect(validateImportValues(rowOf(timed("Mars/Olympus_Mons")), shout)).toEqual([
      { line: 9, column: "TIMEZONE", message: "“Mars/Olympus_Mons” is not a time zone Chronicle knows; use a name like Asia/Kuala_Lumpur, Europe/Paris or UTC." },
    ]);
  });

  it("comes from eventDateToValues with its zone, and a date without one has none", () => {
    const minute = { precision: "minute", year: 2019, month: 7, day: 4, hour: 10, minute: 30 } as const;
    expect(eventDateToValues({ start: minute, end: null, approximate: false, timeZone: "UTC" })).toEqual({
      start: { precision: "minute", value: "2019-07-04T10:30" },
      end: { precision: "none", value: "" },
      approximate: false,
      timeZone: "UTC",
    });
    expect(eventDateToValues({ start: { precision: "year", year: 2019 }, end: null, approximate: false, timeZone: "UTC" }).timeZone).toBe("");
  });
});

describe("finishImportRow", () => {
  it("adds the schema's errors but not on a column the reader already reported, nor on fields it could not read", () => {
    const row: ImportRow = { ...rowOf({ ...SASANA, title: "", start: { precision: "unknown", value: "" }, end: { precision: "none", value: "" } }), errors: [{ line: 9, column: "DATE", message: "Cannot read “soon”." }] };
    const columns = (field: string) => (field.startsWith("start") || field.startsWith("end") ? "DATE" : field.toUpperCase());
    expect(finishImportRow(row, columns).errors).toEqual([
      { line: 9, column: "DATE", message: "Cannot read “soon”." },
      { line: 9, column: "TITLE", message: "Enter a title." },
    ]);
    expect(finishImportRow({ ...row, errors: [] }, shout, ["start", "end", "approximate"]).errors).toEqual([{ line: 9, column: "TITLE", message: "Enter a title." }]);
  });
});
