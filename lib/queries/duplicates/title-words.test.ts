import { describe, expect, it } from "vitest";
import { distinctiveWords, titleSimilarity, titleWords } from "./title-words";

describe("titleWords", () => {
  it("folds the words and leaves out stopwords, numbers and repeats", () => {
    expect(titleWords("The Sasana Symposium on Digital Finance 2025 — Élysée, élysée")).toEqual(["sasana", "symposium", "digital", "finance", "elysee"]);
  });
});

describe("distinctiveWords", () => {
  it("takes the four longest, the earlier first among equals", () => {
    expect(distinctiveWords(["xi", "jinping", "state", "visit", "malaysia", "kuala"])).toEqual(["malaysia", "jinping", "state", "visit"]);
  });
});

describe("titleSimilarity", () => {
  it("is the share of all words the titles have in common", () => {
    expect(titleSimilarity(titleWords("Sasana symposium digital finance 2025"), titleWords("Sasana Symposium on digital finance"))).toEqual({ shared: 4, total: 4, score: 1 });
    expect(titleSimilarity(["sasana", "symposium", "dinner"], ["sasana", "symposium", "digital", "finance"])).toEqual({ shared: 2, total: 5, score: 0.4 });
    expect(titleSimilarity([], []).score).toBe(0);
  });
});
