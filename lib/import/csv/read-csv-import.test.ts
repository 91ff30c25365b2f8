import { describe, expect, it } from "vitest";
import { readCsv, openCsvStream, type CsvTable } from "./read-csv";
import { mapCsvStream, readCsvImport } from "./read-csv-import";
import { suggestMapping } from "./column-mapping";

function tableOf(text: string): CsvTable {
  const result = readCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("readCsvImport", () => {
  it("suggests a mapping for odd headers and reads the rows through it", () => {
    const result = readCsvImport(tableOf('Event,When,Outlet,Link\nSasana Symposium,"June 27–28, 2025",BNM,https://www.bnm.gov.my/x\nNumeric,04/07/2025,,\n'));
    if (result.kind !== "csv") throw new Error("read as a TimelineJS sheet");
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.values.start, row.errors.map((error) => error.column)])).toEqual([
      [2, { precision: "day", value: "2025-06-27" }, []],
      [3, { precision: "unknown", value: "" }, ["When"]],
    ]);
  });

  it("reads no rows while the mapping has problems", () => {
    const result = readCsvImport(tableOf("Notes,Misc\nx,y\n"));
    expect(result).toMatchObject({ kind: "csv", rows: [], problems: ["No column is mapped to the title, and every event needs one.", "No column is mapped to the date, and every event needs one."] });
  });

  it("reports an id given twice on the later row", () => {
    const result = readCsvImport(tableOf("Title,Date,ID\nA,2013,e1\nB,2014,e1\n"));
    if (result.kind !== "csv") throw new Error("read as a TimelineJS sheet");
    expect(result.rows[1]!.errors).toEqual([{ line: 3, column: "ID", message: "The id “e1” is already used on line 2; each event needs its own." }]);
  });

  it("reads a TimelineJS sheet as a plain CSV when the editor gives a mapping", () => {
    const table = tableOf("Year,Headline,Display Date\n2013,Year only,\n");
    expect(readCsvImport(table).kind).toBe("timelinejs-sheet");
    const mapped = readCsvImport(table, { version: 1, columns: [{ column: "Headline", field: "title" }, { column: "Year", field: "start" }] });
    expect(mapped).toMatchObject({ kind: "csv", rows: [{ line: 2, values: { title: "Year only", start: { precision: "year", value: "2013" } } }] });
  });
});

describe("mapCsvStream", () => {
  it("maps streamed rows one at a time, keeping a ragged row's error", async () => {
    async function* source() {
      yield new TextEncoder().encode("Title,Date,Summary\nSasana,27–28 June 2025,ok\n");
      yield new TextEncoder().encode("Short,2013\n");
    }
    const stream = await openCsvStream(source());
    if (!stream.ok) throw new Error(stream.message);
    const rows = [];
    for await (const row of mapCsvStream(stream, suggestMapping(stream.headers))) rows.push(row);
    expect(rows.map((row) => [row.line, row.values.end.value, row.errors.map((error) => error.column)])).toEqual([
      [2, "2025-06-28", []],
      [3, "", ["Summary"]],
    ]);
  });
});
