import { describe, expect, it } from "vitest";
import { needsDefaultTimeZone, type ImportOptions } from "../import-row";
import { applyMapping, mappedColumnNamer, splitList } from "./apply-mapping";
import { suggestMapping } from "./column-mapping";

const HEADERS = ["Event", "When", "End date", "Details", "Link", "Outlet", "Published", "Countries", "Topic(s)", "Actor(s)", "Importance", "Status", "External ID", "Parent", "Circa"];
const mapping = suggestMapping(HEADERS);

function row(cells: Record<string, string>, line = 2, options: ImportOptions = {}) {
  return applyMapping({ ...Object.fromEntries(HEADERS.map((header) => [header, ""])), ...cells }, mapping, line, options);
}

describe("applyMapping", () => {
  it("reads the Sasana Symposium row with references kept as names", () => {
    const result = row({
      Event: "Bank Negara Malaysia hosts the Sasana Symposium",
      When: "June 27–28, 2025",
      Details: "Central bankers and fintech leaders discuss tokenised deposits, CBDCs and stablecoins.",
      Link: "https://www.bnm.gov.my/sasana",
      Published: "July 2025",
      Countries: "Malaysia; cn",
      "Topic(s)": "fintech, cbdc, digital-payments",
      "Actor(s)": "Bank Negara Malaysia",
      Importance: "3",
      Status: "In review",
      "External ID": "sasana",
      Parent: "anwar-official-visit-france-2025",
    });
    expect(result).toEqual({
      line: 2,
      externalId: "sasana",
      lane: null,
      errors: [],
      warnings: [],
      values: {
        title: "Bank Negara Malaysia hosts the Sasana Symposium",
        slug: "",
        summary: "Central bankers and fintech leaders discuss tokenised deposits, CBDCs and stablecoins.",
        body: "",
        start: { precision: "day", value: "2025-06-27" },
        end: { precision: "day", value: "2025-06-28" },
        approximate: false,
        timeZone: "",
        dateLabel: "",
        importance: 3,
        status: "in_review",
        parent: { externalIdOrSlug: "anwar-official-visit-france-2025" },
        topics: ["fintech", "cbdc", "digital-payments"],
        actors: ["Bank Negara Malaysia"],
        countries: ["MY", "CN"],
        sources: [{ publisher: "bnm.gov.my", title: "", url: "https://www.bnm.gov.my/sasana", publishedOn: "2025-07", author: "", quote: "" }],
        relations: [],
      },
    });
  });

  it("refuses an ambiguous date, quoting both readings on the date column", () => {
    expect(row({ Event: "Numeric", When: "04/07/2025" }, 5).errors).toEqual([
      {
        line: 5,
        column: "When",
        message: "“04/07/2025” can be read as 4 July 2025 (day first) or 7 April 2025 (month first). Which did you mean? Write the month as a word, like 4 July 2025, to settle it.",
      },
    ]);
  });

  it("combines a separate end column with the start, at each one's precision", () => {
    expect(row({ Event: "Range", When: "July 2019", "End date": "2021" }).values).toMatchObject({ start: { precision: "month", value: "2019-07" }, end: { precision: "year", value: "2021" } });
    expect(row({ Event: "Open", When: "since 2023" }).values.end).toEqual({ precision: "ongoing", value: "" });
    expect(row({ Event: "Open", When: "2023", "End date": "present" }).values.end).toEqual({ precision: "ongoing", value: "" });
  });

  it("puts an end before the start, and a range given twice, on the end column", () => {
    expect(row({ Event: "Backwards", When: "2025-06-27", "End date": "May 2025" }).errors).toEqual([{ line: 2, column: "End date", message: "The end (May 2025) is before the start (27 June 2025)." }]);
    expect(row({ Event: "Twice", When: "27–28 June 2025", "End date": "2025-06-29" }).errors).toEqual([
      { line: 2, column: "End date", message: "“When” already gives the whole date (27–28 June 2025); leave “End date” empty, or put only the start in “When”." },
    ]);
  });

  it("reads a day with a time and zone as that minute in the zone, and keeps a qualifier in the label", () => {
    const timed = row({ Event: "Timed", When: "15 April 2025 10:30 Asia/Kuala_Lumpur" });
    expect(timed).toMatchObject({ errors: [], warnings: [], values: { start: { precision: "minute", value: "2025-04-15T10:30" }, end: { precision: "none", value: "" }, timeZone: "Asia/Kuala_Lumpur", dateLabel: "" } });
    expect(row({ Event: "Early", When: "early July 2025" }).values).toMatchObject({ start: { precision: "month", value: "2025-07" }, timeZone: "", dateLabel: "early July 2025" });
  });

  it("reads a time without a zone in the default zone, and asks for one without it", () => {
    const cells = { Event: "Timed", When: "15 April 2025 10:30" };
    expect(row(cells, 2, { defaultTimeZone: "europe/paris" })).toMatchObject({ errors: [], values: { start: { precision: "minute", value: "2025-04-15T10:30" }, timeZone: "Europe/Paris" } });
    const unzoned = row(cells);
    expect(unzoned.errors).toEqual([
      {
        line: 2,
        column: "When",
        message: "The time 10:30 has no time zone; write the zone after the time, like “15 April 2025 10:30 Asia/Kuala_Lumpur”, or give the time zone the file's times are in, like Asia/Kuala_Lumpur or UTC.",
      },
    ]);
    expect(unzoned.errors.every(needsDefaultTimeZone)).toBe(true);
    // A zone the cell names wins over the default.
    expect(row({ ...cells, When: "15 April 2025 10:30 UTC" }, 2, { defaultTimeZone: "Europe/Paris" }).values.timeZone).toBe("UTC");
  });

  it("names an unknown zone, in the cell or given as the default", () => {
    expect(row({ Event: "Mars", When: "15 April 2025 10:30 Mars/Olympus_Mons" }).errors).toEqual([
      { line: 2, column: "When", message: "Chronicle does not know the time zone “Mars/Olympus_Mons”. Use a name from the IANA time zone database, like Asia/Kuala_Lumpur, Europe/London or UTC." },
    ]);
    expect(row({ Event: "Mars", When: "15 April 2025 10:30" }, 2, { defaultTimeZone: "Mars/Olympus_Mons" }).errors).toEqual([
      { line: 2, column: "When", message: "“Mars/Olympus_Mons” is not a time zone Chronicle knows; use a name like Asia/Kuala_Lumpur, Europe/Paris or UTC." },
    ]);
  });

  it("keeps a time on the end too, as a range of minutes in the one zone the cells give", () => {
    expect(row({ Event: "Talks", When: "15 April 2025 10:30 Asia/Kuala_Lumpur", "End date": "15 April 2025 12:00" })).toMatchObject({
      errors: [],
      warnings: [],
      values: { start: { precision: "minute", value: "2025-04-15T10:30" }, end: { precision: "minute", value: "2025-04-15T12:00" }, timeZone: "Asia/Kuala_Lumpur" },
    });
    expect(row({ Event: "Talks", When: "15 April 2025 10:30", "End date": "15 April 2025 12:00" }, 2, { defaultTimeZone: "UTC" }).values).toMatchObject({ start: { precision: "minute" }, end: { precision: "minute" }, timeZone: "UTC" });
    expect(row({ Event: "Talks", When: "15 April 2025 10:30 Asia/Kuala_Lumpur", "End date": "15 April 2025 12:00 Europe/Paris" }).errors).toEqual([
      { line: 2, column: "End date", message: "The end's time zone (Europe/Paris) is not the start's (Asia/Kuala_Lumpur); Chronicle keeps one time zone for an event's date." },
    ]);
    expect(row({ Event: "Backwards", When: "15 April 2025 12:00 UTC", "End date": "15 April 2025 10:30" }).errors).toEqual([
      { line: 2, column: "End date", message: "The end (15 April 2025, 10:30) is before the start (15 April 2025, 12:00)." },
    ]);
  });

  it("gives a clear message per cell for numbers, words and countries it cannot read", () => {
    const result = row({ Event: "Bad cells", When: "2025", Importance: "high", Status: "live", Circa: "maybe", Countries: "Atlantis" });
    expect(result.errors).toEqual([
      { line: 2, column: "Circa", message: "Approximate is yes or no; “maybe” is neither." },
      { line: 2, column: "Importance", message: "Importance is a whole number from 1 to 5; “high” is not." },
      { line: 2, column: "Status", message: "Status is one of draft, in_review, published, unpublished; “live” is not." },
      { line: 2, column: "Countries", message: "“Atlantis” is not a country Chronicle recognises; give its two-letter ISO 3166 code, like MY for Malaysia." },
    ]);
  });

  it("passes the rest to eventInputSchema and names the file's column in its messages", () => {
    const result = row({ Event: " ", When: "", Importance: "9", Link: "ftp://files.example/x", Published: "2025", "Topic(s)": "fintech; Fintech" });
    expect(result.errors).toEqual([
      { line: 2, column: "Event", message: "Enter a title." },
      { line: 2, column: "Importance", message: "Importance runs from 1 to 5." },
      // Without an address to name its site, the source's publisher is missing; the file has a publisher column for it.
      { line: 2, column: "Outlet", message: "Name the publisher." },
      { line: 2, column: "Link", message: "Enter a full web address starting with http:// or https://." },
      { line: 2, column: "When", message: "An event needs a start, an end, or to be marked ongoing." },
      { line: 2, column: "Topic(s)", message: "The topic “Fintech” is listed more than once." },
    ]);
  });
});

describe("splitList", () => {
  it("splits on semicolons when there are any, else on commas", () => {
    expect(splitList("Apple, Inc.; Ant Group")).toEqual(["Apple, Inc.", "Ant Group"]);
    expect(splitList("MY, CN ,")).toEqual(["MY", "CN"]);
  });

  it("names countries as their current codes, never a retired one", async () => {
    const { readCountry } = await import("../country-codes");
    expect(["France", "Germany", "United Kingdom", "Russia", "Serbia", "Burma"].map((name) => readCountry(name))).toEqual(["FR", "DE", "GB", "RU", "RS", "MM"].map((code) => ({ ok: true, code })));
  });
});

describe("mappedColumnNamer", () => {
  it("names the file's column for problems found after reading, as the editor wrote it", () => {
    const columnOf = mappedColumnNamer(mapping);
    expect(columnOf("countries")).toBe("Countries");
    expect(columnOf("externalId")).toBe("External ID");
    expect(columnOf("parent")).toBe("Parent");
    expect(columnOf("slug")).toBe("slug (no column)");
  });
});
