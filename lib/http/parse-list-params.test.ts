import { describe, expect, it } from "vitest";
import { parseEventId, parseListParams } from "./parse-list-params";

describe("parseListParams", () => {
  it("defaults to the first page of 25 by date", () => {
    expect(parseListParams(new URLSearchParams(""))).toEqual({ value: { page: 1, pageSize: 25, sort: "date" }, errors: [] });
  });
  it("reads page, size and sort", () => {
    expect(parseListParams(new URLSearchParams("page=3&size=100&sort=-importance"))).toEqual({
      value: { page: 3, pageSize: 100, sort: "-importance" },
      errors: [],
    });
  });
  it("reports every bad parameter by name", () => {
    const result = parseListParams(new URLSearchParams("page=0&size=500&sort=random"));
    expect(result.errors.map((e) => e.param)).toEqual(["page", "size", "sort"]);
    const repeated = parseListParams(new URLSearchParams("page=1&page=2&size=1.5"));
    expect(repeated.errors.map((e) => e.param)).toEqual(["page", "size"]);
  });
});

describe("parseEventId", () => {
  it("accepts plain positive integers only", () => {
    expect(parseEventId("42")).toBe(42);
    for (const raw of ["0", "-1", "1.5", "1e3", "abc", "007", "99999999999999999999", "2147483648", "999999999999999", ""]) expect(parseEventId(raw)).toBeNull();
    expect(parseEventId("2147483647")).toBe(2147483647);
  });
});
