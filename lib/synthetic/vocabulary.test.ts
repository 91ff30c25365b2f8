import { describe, expect, it } from "vitest";
import { tokenizeSearchText } from "@/lib/queries/search/tokenize-search-text";
import { MIN_PREFIX } from "@/lib/queries/search/parse-search-query";
import { generateEvents } from "./generate-events";
import { generateTaxonomy } from "./generate-taxonomy";
import { COMMON_WORD, DOMAIN_WORDS, searchWordAtRank, TITLE_VERBS, VOCABULARY, VOCABULARY_SIZE } from "./vocabulary";

const taxonomy = generateTaxonomy(3, 2000);
const events = [...generateEvents({ count: 3000, seed: 9, firstId: 1, taxonomy })];
const eventTokens = events.map((e) => new Set(tokenizeSearchText([e.title, e.summary, e.body, ...e.sources.map((s) => s.title)].join(" "))));
const share = (word: string) => eventTokens.filter((tokens) => tokens.has(word)).length / events.length;

describe("the synthetic vocabulary", () => {
  it("has thousands of distinct plain lower-case words, COMMON_WORD first, then the domain's words", () => {
    expect(VOCABULARY).toHaveLength(VOCABULARY_SIZE);
    expect(VOCABULARY.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(VOCABULARY).size).toBe(VOCABULARY.length);
    for (const word of VOCABULARY) expect(word).toMatch(/^[a-z]+$/);
    expect(VOCABULARY.slice(0, DOMAIN_WORDS.length + 1)).toEqual([COMMON_WORD, ...DOMAIN_WORDS]);
  });

  it("is the same for every seed and run, so a rank names the same word in every benchmark", () => {
    expect([1, 2, 10, 300, 3000].map(searchWordAtRank)).toEqual(["officials", "talks", "growth", "census", "plemthanfal"]);
    expect(() => searchWordAtRank(0)).toThrow();
    expect(() => searchWordAtRank(VOCABULARY_SIZE + 1)).toThrow();
  });

  it("has no word that begins another word of the synthetic text, so a prefix search finds only the word", () => {
    const names = [...taxonomy.actors, ...taxonomy.countries].flatMap((entity) => tokenizeSearchText(entity.name));
    const others = new Set([...names, ...TITLE_VERBS, "zyzzyva"]);
    const words = new Set(VOCABULARY);
    const starts = new Set(VOCABULARY.flatMap((word) => Array.from({ length: word.length - 1 }, (_, i) => word.slice(0, i + 1))));
    expect(VOCABULARY.filter((word) => starts.has(word))).toEqual([]);
    expect(VOCABULARY.flatMap((word) => [...others].filter((other) => other.startsWith(word)).map((other) => `${word} begins ${other}`))).toEqual([]);
    // Nor does a name or verb long enough to be searched as a prefix begin a word of the vocabulary.
    expect([...others].filter((other) => other.length >= MIN_PREFIX && (starts.has(other) || words.has(other)))).toEqual([]);
  });

  it("puts COMMON_WORD in about 80% of events and the next words in far fewer, falling with the rank", () => {
    expect(share(COMMON_WORD)).toBeGreaterThan(0.75);
    expect(share(COMMON_WORD)).toBeLessThan(0.85);
    const shares = [2, 10, 300, 3000].map((rank) => share(searchWordAtRank(rank)));
    expect(shares[0]!).toBeLessThan(0.5);
    expect(shares[1]!).toBeGreaterThan(0.25);
    expect(shares[2]!).toBeGreaterThan(0.02);
    expect(shares[2]!).toBeLessThan(0.06);
    expect(shares[3]!).toBeLessThan(0.015);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  });

  it("uses thousands of distinct words in a few thousand events", () => {
    const used = new Set(eventTokens.flatMap((tokens) => [...tokens]));
    expect(VOCABULARY.filter((word) => used.has(word)).length).toBeGreaterThan(3000);
  });
});
