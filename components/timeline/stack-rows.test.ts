import { describe, expect, it } from "vitest";
import { stackRows } from "./stack-rows";

describe("stackRows", () => {
  it("keeps items that do not overlap on one row", () => {
    const result = stackRows([{ id: 1, left: 0, right: 50 }, { id: 2, left: 60, right: 100 }, { id: 3, left: 200, right: 210 }]);
    expect(result.rowCount).toBe(1);
    expect([...result.rowOf.values()]).toEqual([0, 0, 0]);
  });

  it("moves overlapping items to the first free sub-row, whatever the input order", () => {
    const result = stackRows([
      { id: 3, left: 55, right: 120 },
      { id: 1, left: 0, right: 100 },
      { id: 2, left: 10, right: 40 },
      { id: 4, left: 110, right: 130 },
    ]);
    expect(result.rowOf.get(1)).toBe(0);
    expect(result.rowOf.get(2)).toBe(1);
    expect(result.rowOf.get(3)).toBe(1);
    expect(result.rowOf.get(4)).toBe(0);
    expect(result.rowCount).toBe(2);
  });

  it("keeps a gap between neighbours", () => {
    const result = stackRows([{ id: 1, left: 0, right: 50 }, { id: 2, left: 54, right: 80 }], { gap: 8 });
    expect(result.rowOf.get(2)).toBe(1);
  });

  it("reports what does not fit under the row limit", () => {
    const spans = [1, 2, 3, 4].map((id) => ({ id, left: 0, right: 100 }));
    const result = stackRows(spans, { maxRows: 2 });
    expect(result.rowCount).toBe(2);
    expect(result.hidden).toEqual([3, 4]);
  });
});
