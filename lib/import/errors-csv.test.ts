import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { errorsToCsv } from "./errors-csv";

describe("errorsToCsv", () => {
  it("writes line, column and message, quoting what needs it", () => {
    const csv = errorsToCsv([
      { line: 3, column: "When", message: "“04/07/2025” can be read as 4 July 2025 (day first) or 7 April 2025 (month first)." },
      { line: 7, column: "Status", message: "Status is one of draft, in_review, published, unpublished; “live” is not." },
    ]);
    expect(csv.split("\r\n")[0]).toBe("line,column,message");
    expect(parse(csv)).toEqual([
      ["line", "column", "message"],
      ["3", "When", "“04/07/2025” can be read as 4 July 2025 (day first) or 7 April 2025 (month first)."],
      ["7", "Status", "Status is one of draft, in_review, published, unpublished; “live” is not."],
    ]);
  });

  it("opens a column name a spreadsheet would run as a formula as text", () => {
    const [, record] = parse(errorsToCsv([{ line: 2, column: "=HYPERLINK(\"http://x\")", message: "x" }])) as string[][];
    expect(record![1]).toBe("'=HYPERLINK(\"http://x\")");
  });

  it("writes only the header when there are no errors", () => {
    expect(errorsToCsv([])).toBe("line,column,message\r\n");
  });
});
