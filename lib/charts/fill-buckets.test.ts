import { describe, expect, it } from "vitest";
import { fillEmptyBuckets } from "./fill-buckets";

const empty = (key: string) => ({ key, n: 0 });

describe("fillEmptyBuckets", () => {
  it("adds an empty row for every bucket without events", () => {
    const rows = [{ key: "2025-04", n: 5 }, { key: "2025-07", n: 2 }];
    expect(fillEmptyBuckets(["2025-04", "2025-05", "2025-06", "2025-07"], rows, empty)).toEqual([
      { key: "2025-04", n: 5 },
      { key: "2025-05", n: 0 },
      { key: "2025-06", n: 0 },
      { key: "2025-07", n: 2 },
    ]);
  });

  it("never drops a counted row that falls outside the axis", () => {
    const filled = fillEmptyBuckets(["2025-05"], [{ key: "2025-04", n: 1 }], empty);
    expect(filled).toEqual([{ key: "2025-04", n: 1 }, { key: "2025-05", n: 0 }]);
  });

  it("keeps those rows in time order before the common era too", () => {
    const filled = fillEmptyBuckets(["-0043"], [{ key: "-0045", n: 1 }, { key: "-0044", n: 2 }], empty);
    expect(filled.map((row) => row.key)).toEqual(["-0045", "-0044", "-0043"]);
  });
});
