import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, MAX_STREAMED_UPLOAD_BYTES, MAX_UPLOAD_BYTES, parseJsonObject, STREAMED_UPLOAD_TOO_LARGE_MESSAGE, UPLOAD_TOO_LARGE_MESSAGE, uploadLimitFor } from "./import-limits";

const bytes = (text: string) => new TextEncoder().encode(text);

function failure(input: Uint8Array | string): string {
  const result = parseJsonObject(input);
  if (result.ok) throw new Error("expected a failure");
  return result.message;
}

describe("parseJsonObject", () => {
  it("reads an object, dropping a UTF-8 byte order mark", () => {
    expect(parseJsonObject(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"events": []}')]))).toEqual({ ok: true, value: { events: [] } });
  });

  it("refuses a JSON bomb by its depth before parsing it", () => {
    const bomb = `{"events": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(failure(bomb)).toBe(`The JSON nests more than ${MAX_JSON_DEPTH} levels deep; Chronicle's and TimelineJS's files need far fewer, so this is not one of them.`);
  });

  it("accepts nesting up to the limit", () => {
    const deep = `{"a": ${"[".repeat(MAX_JSON_DEPTH - 1)}${"]".repeat(MAX_JSON_DEPTH - 1)}}`;
    expect(parseJsonObject(deep).ok).toBe(true);
  });

  it("says a truncated file is cut short, with the line it ends on", () => {
    const truncated = '{\n  "format": "chronicle",\n  "version": 1,\n  "events": [\n    { "title": "Sasana Sym';
    expect(failure(truncated)).toBe("The JSON stops before it is complete (it ends on line 5): the file looks cut short. Download or export it again.");
    expect(failure('{"events": [1, 2')).toMatch(/cut short/);
  });

  it("gives the line and column of invalid JSON", () => {
    expect(failure('{\n  "events": [],\n  "title": "x",,\n}')).toBe("The file is not valid JSON at line 3, column 16: Expected double-quoted property name.");
  });

  it("refuses a top level that is not an object", () => {
    expect(failure("[1, 2]")).toMatch(/^The JSON holds a list at the top/);
    expect(failure("42")).toMatch(/^The JSON holds a number at the top/);
    expect(failure("null")).toMatch(/^The JSON holds null at the top/);
  });

  it("refuses empty, non-UTF-8 and oversized input", () => {
    expect(failure(" \n ")).toBe("The file is empty.");
    expect(failure(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]))).toMatch(/^The file is not UTF-8 text: byte 3, on line 1/);
    expect(failure(new Uint8Array(MAX_UPLOAD_BYTES + 1))).toBe(UPLOAD_TOO_LARGE_MESSAGE);
  });
});

describe("uploadLimitFor", () => {
  it("lets a CSV file be as large as 1 GB, since it is read as it arrives, and holds a JSON file to 50 MB", () => {
    expect(uploadLimitFor("events.CSV")).toEqual({ maxBytes: MAX_STREAMED_UPLOAD_BYTES, message: STREAMED_UPLOAD_TOO_LARGE_MESSAGE });
    expect(uploadLimitFor("events.tsv").maxBytes).toBe(1024 * 1024 * 1024);
    expect(uploadLimitFor("timeline.json")).toEqual({ maxBytes: MAX_UPLOAD_BYTES, message: UPLOAD_TOO_LARGE_MESSAGE });
    expect(uploadLimitFor("export")).toEqual({ maxBytes: 50 * 1024 * 1024, message: UPLOAD_TOO_LARGE_MESSAGE });
  });
});
