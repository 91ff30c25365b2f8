import { describe, expect, it } from "vitest";
import { parseActorSearch } from "./parse-actor-search";

const parse = (query: string) => parseActorSearch(new URLSearchParams(query));

describe("parseActorSearch", () => {
  it("defaults to no text, 20 results and actors with published events, and trims the text", () => {
    expect(parse("")).toEqual({ value: { q: "", limit: 20, scope: "published" }, errors: [] });
    expect(parse("q=%20anwar%20&limit=5&scope=all")).toEqual({ value: { q: "anwar", limit: 5, scope: "all" }, errors: [] });
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=51", "limit"],
    ["limit=abc", "limit"],
    ["limit=2.5", "limit"],
    ["q=a&q=b", "q"],
    ["scope=drafts", "scope"],
    ["scope=ALL", "scope"],
    ["actor=anwar", "actor"],
    [`q=${"a".repeat(101)}`, "q"],
  ])("rejects %s naming the parameter %s", (query, param) => {
    expect(parse(query).errors.map((e) => e.param)).toContain(param);
  });
});
