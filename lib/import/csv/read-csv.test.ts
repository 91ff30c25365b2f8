import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "../text-encoding";
import { EMPTY_FILE_MESSAGE, NO_ROWS_MESSAGE, openCsvStream, readCsv, type CsvReadResult, type CsvRow } from "./read-csv";

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function table(input: Uint8Array | string): Extract<CsvReadResult, { ok: true }> {
  const result = readCsv(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function failure(input: Uint8Array | string): string {
  const result = readCsv(input);
  if (result.ok) throw new Error("expected a failure");
  return result.message;
}

describe("readCsv", () => {
  it("strips a UTF-8 byte order mark from the first header", () => {
    const result = table(new Uint8Array([...BOM, ...utf8("Title,Date\nSasana Symposium,2025-06-27\n")]));
    expect(result.headers).toEqual(["Title", "Date"]);
    expect(result.rows).toEqual([{ line: 2, cells: { Title: "Sasana Symposium", Date: "2025-06-27" }, errors: [] }]);
  });

  it("numbers rows as a spreadsheet does: blank rows count, a cell with a line break is one row", () => {
    const result = table('Title,Body\nFirst,"two\nlines"\n\nSecond,x\n');
    expect(result.rows.map((row) => [row.line, row.cells.Title])).toEqual([[2, "First"], [4, "Second"]]);
  });

  it("reports a ragged row on its line and names the missing column", () => {
    const result = table("Title,Date,Summary\nSasana,2025-06-27,ok\nShort,2025\nLong,2025,x,extra\n");
    expect(result.rows.map((row) => row.errors)).toEqual([
      [],
      [{ line: 3, column: "Summary", message: "This row ends after 2 cells, but the header has 3 columns, so “Summary” and any after it are missing. Check for a missing separator." }],
      [{ line: 4, column: "column 4", message: "This row has 4 cells, but the header has 3 columns. Check for a separator inside a cell that is not quoted." }],
    ]);
  });

  it("reads semicolon-separated files as some spreadsheets save them", () => {
    expect(table("Title;Countries\nSasana;MY, CN\n").rows[0]!.cells).toEqual({ Title: "Sasana", Countries: "MY, CN" });
  });

  it("ignores empty trailing header cells", () => {
    expect(table("Title,Date,,\nSasana,2025,,\n").headers).toEqual(["Title", "Date"]);
  });

  it("refuses invalid UTF-8 with the line of the bad byte", () => {
    const latin1 = new Uint8Array([...utf8("Title,Date\nCaf"), 0xe9, ...utf8(",2025\n")]);
    expect(failure(latin1)).toMatch(/^The file is not UTF-8 text: byte 15, on line 2, is not valid UTF-8 \(the file was probably saved as Windows-1252 or Latin-1\)\./);
  });

  it.each([
    ["an empty file", "", EMPTY_FILE_MESSAGE],
    ["a file of blank lines", "\n\n  \n", EMPTY_FILE_MESSAGE],
    ["a header and no rows", "Title,Date\n\n", NO_ROWS_MESSAGE],
    ["an empty first row", ",,\nSasana,2025\n", "The first row is empty. Chronicle reads the column names from the first row: put them there, like Title,Date,Summary."],
    ["no header row", "Sasana Symposium,2025-06-27\n", "The first row looks like data (“2025-06-27”), not column names. Add a header row naming the columns, like Title,Date,Summary."],
    ["a duplicate header", "Title,Date, date \nSasana,2025,2026\n", "The header row names “date” twice (columns 2 and 3). Rename one, so that each column can be mapped."],
    ["a nameless column", "Title,,Date\nSasana,x,2025\n", "Column 2 has no name in the header row. Name it, or delete the column."],
    ["a quote never closed", 'Title,Date\n"Sasana,2025\nNext,2026\n', 'A quoted cell on row 2 is never closed: the file ends inside it. Check for a stray double quote (").'],
  ])("refuses %s", (_, input, message) => {
    expect(failure(input)).toBe(message);
  });
});

async function collect(rows: AsyncIterable<CsvRow>): Promise<CsvRow[]> {
  const all: CsvRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** A source that hands over the bytes a few at a time, splitting characters and rows between chunks. */
function chunked(bytes: Uint8Array, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(Buffer.from(bytes.subarray(i, i + size)));
  return Readable.from(chunks);
}

describe("openCsvStream", () => {
  it("reads the header first, then the rows as they are iterated", async () => {
    const text = "Title,Place\n" + Array.from({ length: 500 }, (_, i) => `Event ${i},Kuala Lumpur – 吉隆坡`).join("\n");
    const stream = await openCsvStream(chunked(new Uint8Array([...BOM, ...utf8(text)]), 7));
    if (!stream.ok) throw new Error(stream.message);
    expect(stream.headers).toEqual(["Title", "Place"]);
    const rows = await collect(stream.rows);
    expect(rows).toHaveLength(500);
    expect(rows[499]).toEqual({ line: 501, cells: { Title: "Event 499", Place: "Kuala Lumpur – 吉隆坡" }, errors: [] });
  });

  it("reports a ragged row with its line", async () => {
    const stream = await openCsvStream(chunked(utf8("Title,Date\nA,2025\nB\n"), 4));
    if (!stream.ok) throw new Error(stream.message);
    const rows = await collect(stream.rows);
    expect(rows[1]!.errors).toEqual([{ line: 3, column: "Date", message: expect.stringMatching(/^This row ends after 1 cells/) }]);
  });

  it("refuses a bad header before any row", async () => {
    expect(await openCsvStream(chunked(utf8("Title,title\nA,B\n"), 5))).toEqual({ ok: false, message: expect.stringMatching(/names “title” twice/) });
    expect(await openCsvStream(chunked(new Uint8Array(0), 5))).toEqual({ ok: false, message: EMPTY_FILE_MESSAGE });
  });

  it("throws an ImportFileError when invalid UTF-8 turns up after the header", async () => {
    // Far enough in that the reader has not read ahead to it when the header is returned.
    const before = utf8("Title,Date\n" + "Event,2025\n".repeat(10_000) + "Caf");
    const stream = await openCsvStream(chunked(new Uint8Array([...before, 0xe9, ...utf8(",2026\n")]), 1_000));
    if (!stream.ok) throw new Error(stream.message);
    const error = await collect(stream.rows).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(new RegExp(`^The file is not UTF-8 text: byte ${before.length + 1}, on line 10002`));
  });

  it("stops reading the source when the caller stops early", async () => {
    let pulled = 0;
    async function* source() {
      yield utf8("Title\n");
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield utf8(`Event ${i}\n`);
      }
    }
    const stream = await openCsvStream(source());
    if (!stream.ok) throw new Error(stream.message);
    for await (const row of stream.rows) if (row.line === 3) break;
    // Read-ahead is bounded by the streams' buffers (16 KB here), far short of the whole source.
    expect(pulled).toBeLessThan(5_000);
  });
});
