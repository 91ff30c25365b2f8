import { describe, expect, it } from "vitest";
import { locateBucket } from "./locate-bucket";

describe("locateBucket", () => {
  const bounds = [0, 10, 20, 35, 50];
  it("finds the half-open bucket of a value", () => {
    expect([0, 9, 10, 19, 20, 34, 35, 49].map((ms) => locateBucket(bounds, ms))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
  it("puts values before the grid in the first bucket and after it in the last", () => {
    expect(locateBucket(bounds, -1e15)).toBe(0);
    expect(locateBucket(bounds, 50)).toBe(3);
    expect(locateBucket(bounds, 1e15)).toBe(3);
    expect(locateBucket([0, 10], 5)).toBe(0);
  });
});
