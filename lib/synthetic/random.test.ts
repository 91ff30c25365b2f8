import { describe, expect, it } from "vitest";
import { createRandom, createWeightedIndex } from "./random";

describe("createWeightedIndex", () => {
  it("picks the first index whose running sum reaches the draw, as a scan of the sums would", () => {
    const weights = Array.from({ length: 997 }, (_, k) => (k % 7 === 0 ? 0 : 1 / (k + 1) + (k % 3)));
    const sums = weights.map((_, k) => weights.slice(0, k + 1).reduce((a, b) => a + b, 0));
    const total = sums.at(-1)!;
    const pickIndex = createWeightedIndex(weights);
    const draws = createRandom(5);
    for (let i = 0; i < 20_000; i++) {
      const draw = draws();
      expect(pickIndex(() => draw)).toBe(sums.findIndex((sum) => sum >= draw * total));
    }
  });
});
