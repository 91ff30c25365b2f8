import { describe, expect, it } from "vitest";
import { emptyImportValues, type ImportRow } from "@/lib/import/import-row";
import { rowChunks } from "./row-chunks";

const row = (line: number): ImportRow => ({ line, externalId: null, values: emptyImportValues(), lane: null, errors: [], warnings: [] });

async function sizes(rows: Iterable<ImportRow> | AsyncIterable<ImportRow>, size: number, first?: number): Promise<number[][]> {
  const out: number[][] = [];
  for await (const chunk of rowChunks(rows, size, first)) out.push(chunk.map((r) => r.line));
  return out;
}

describe("rowChunks", () => {
  it("cuts a list in chunks of the size, the first of its own size, every row once and in order", async () => {
    const rows = Array.from({ length: 12 }, (_, index) => row(index + 2));
    expect(await sizes(rows, 5, 2)).toEqual([[2, 3], [4, 5, 6, 7, 8], [9, 10, 11, 12, 13]]);
    expect(await sizes(rows, 5)).toEqual([[2, 3, 4, 5, 6], [7, 8, 9, 10, 11], [12, 13]]);
    expect(await sizes([], 5, 2)).toEqual([]);
  });

  it("reads a stream as it comes", async () => {
    async function* stream() {
      for (let line = 2; line < 9; line++) yield row(line);
    }
    expect(await sizes(stream(), 3, 1)).toEqual([[2], [3, 4, 5], [6, 7, 8]]);
  });
});
