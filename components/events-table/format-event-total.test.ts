import { describe, expect, it } from "vitest";
import { formatEventTotal } from "./format-event-total";

describe("formatEventTotal", () => {
  it("writes an exact total with thousands separators", () => {
    expect(formatEventTotal(16, true)).toBe("16");
    expect(formatEventTotal(1204, true)).toBe("1,204");
  });
  it("marks a capped total as a lower bound", () => {
    expect(formatEventTotal(10_000, false)).toBe("10,000+");
  });
});
