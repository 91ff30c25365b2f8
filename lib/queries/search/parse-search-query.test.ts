import { describe, expect, it } from "vitest";
import { parseSearchQuery, tokenMatchesTerm, MAX_TERMS } from "./parse-search-query";

describe("parseSearchQuery", () => {
  it("splits the text into folded words, the last one a prefix", () => {
    expect(parseSearchQuery("Élysée Palace")).toEqual({ terms: ["elysee", "palace"], prefix: true });
    expect(parseSearchQuery("  ECRL  ")).toEqual({ terms: ["ecrl"], prefix: true });
  });

  it("does not prefix-match a last word shorter than three letters", () => {
    expect(parseSearchQuery("Malaysia to")).toEqual({ terms: ["malaysia", "to"], prefix: false });
  });

  it("turns quotes, operators, hyphens, apostrophes and FTS syntax into plain words or nothing", () => {
    expect(parseSearchQuery('"').terms).toEqual([]);
    expect(parseSearchQuery("*").terms).toEqual([]);
    expect(parseSearchQuery("-").terms).toEqual([]);
    expect(parseSearchQuery("'").terms).toEqual([]);
    expect(parseSearchQuery("AND").terms).toEqual(["and"]);
    expect(parseSearchQuery("NEAR(").terms).toEqual(["near"]);
    expect(parseSearchQuery("a:b").terms).toEqual(["a", "b"]);
    expect(parseSearchQuery("Xi–Anwar").terms).toEqual(["xi", "anwar"]);
    expect(parseSearchQuery("Côte d'Ivoire").terms).toEqual(["cote", "d", "ivoire"]);
    expect(parseSearchQuery('title:"x" OR -y* ^z {body}').terms).toEqual(["title", "x", "or", "y", "z", "body"]);
    expect(parseSearchQuery("it's 3.5%").terms).toEqual(["it", "s", "3", "5"]);
  });

  it("keeps letters of other scripts and drops repeated words", () => {
    expect(parseSearchQuery("Москва 東京 москва").terms).toEqual(["москва", "東京"]);
  });

  it("searches at most a fixed number of words", () => {
    const text = Array.from({ length: 20 }, (_, i) => `w${i}`).join(" ");
    expect(parseSearchQuery(text).terms).toHaveLength(MAX_TERMS);
  });
});

describe("tokenMatchesTerm", () => {
  it("matches earlier words exactly and the last one as a prefix", () => {
    const query = parseSearchQuery("visit tok");
    expect(tokenMatchesTerm("tokenised", query, 1)).toBe(true);
    expect(tokenMatchesTerm("visits", query, 0)).toBe(false);
    expect(tokenMatchesTerm("visit", query, 0)).toBe(true);
  });
});
