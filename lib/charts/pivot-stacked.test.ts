import { describe, expect, it } from "vitest";
import { pivotToStackedRows } from "./pivot-stacked";

describe("pivotToStackedRows", () => {
  it("gives one row per bucket with every series, zero where nothing was counted", () => {
    const rows = pivotToStackedRows(["2025-04", "2025-06"], ["diplomacy", "fintech"], [
      { bucket: "2025-04", series: "diplomacy", value: 3 },
      { bucket: "2025-06", series: "fintech", value: 2 },
      { bucket: "2025-06", series: "diplomacy", value: 1 },
    ]);
    expect(rows).toEqual([
      { key: "2025-04", values: { diplomacy: 3, fintech: 0 } },
      { key: "2025-06", values: { diplomacy: 1, fintech: 2 } },
    ]);
  });

  it("ignores cells of unknown buckets or series instead of inventing rows", () => {
    const rows = pivotToStackedRows(["2025-04"], ["diplomacy"], [
      { bucket: "2025-05", series: "diplomacy", value: 9 },
      { bucket: "2025-04", series: "energy", value: 9 },
    ]);
    expect(rows).toEqual([{ key: "2025-04", values: { diplomacy: 0 } }]);
  });
});
