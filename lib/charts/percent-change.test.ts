import { describe, expect, it } from "vitest";
import { computeChange, formatChange } from "./percent-change";

describe("computeChange", () => {
  it("gives the percentage against the previous value", () => {
    expect(computeChange(5, 4)).toEqual({ kind: "up", delta: 1, percent: 25 });
    expect(computeChange(0, 3)).toEqual({ kind: "down", delta: -3, percent: -100 });
  });

  it("calls growth from zero new, with no infinite percentage", () => {
    expect(computeChange(7, 0)).toEqual({ kind: "new", delta: 7 });
    expect(formatChange(computeChange(7, 0))).toBe("new (none before)");
  });

  it("says no change when equal, including zero to zero", () => {
    expect(formatChange(computeChange(0, 0))).toBe("no change");
    expect(formatChange(computeChange(3, 3))).toBe("no change");
  });

  it("formats with a sign, rounding, and <1% for tiny changes", () => {
    expect(formatChange(computeChange(5, 4))).toBe("+25%");
    expect(formatChange(computeChange(1, 3))).toBe("−67%");
    expect(formatChange(computeChange(1001, 1000))).toBe("+<1%");
    expect(formatChange(computeChange(120, 10))).toBe("+1,100%");
  });
});
