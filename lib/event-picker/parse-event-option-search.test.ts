import { describe, expect, it } from "vitest";
import { parseEventOptionSearch } from "./parse-event-option-search";

const parse = (query: string) => parseEventOptionSearch(new URLSearchParams(query));

describe("parseEventOptionSearch", () => {
  it("defaults to no text, 10 results and no excluded event, and trims the text", () => {
    expect(parse("")).toEqual({ value: { q: "", limit: 10, exclude: null }, errors: [] });
    expect(parse("q=%20state%20visit%20&limit=5&exclude=9")).toEqual({ value: { q: "state visit", limit: 5, exclude: 9 }, errors: [] });
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=26", "limit"],
    ["exclude=0", "exclude"],
    ["exclude=-3", "exclude"],
    ["exclude=abc", "exclude"],
    ["q=a&q=b", "q"],
    ["status=draft", "status"],
    [`q=${"a".repeat(201)}`, "q"],
    ["q=visit%00", "q"],
  ])("rejects %s naming the parameter %s", (query, param) => {
    expect(parse(query).errors.map((e) => e.param)).toContain(param);
  });
});
