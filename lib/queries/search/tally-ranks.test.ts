import { describe, expect, it } from "vitest";
import { tallyRanks, visitIds } from "./tally-ranks";

describe("tallyRanks", () => {
  it("sums each event's weights and groups events by rank, best first, ids ascending", () => {
    const buckets = tallyRanks([
      { ids: "3,10,12", weight: 8 },
      { ids: "10,25", weight: 4 },
      { ids: null, weight: 2 },
      { ids: "3,7,25,100", weight: 1 },
    ]);
    expect(buckets).toEqual([
      { rank: 12, ids: [10] },
      { rank: 9, ids: [3] },
      { rank: 8, ids: [12] },
      { rank: 5, ids: [25] },
      { rank: 1, ids: [7, 100] },
    ]);
  });

  it("adds a weight once per list, so two terms in one field count twice", () => {
    expect(tallyRanks([{ ids: "4", weight: 8 }, { ids: "4", weight: 8 }, { ids: "4,5", weight: 1 }])).toEqual([
      { rank: 17, ids: [4] },
      { rank: 1, ids: [5] },
    ]);
  });

  it("finds nothing in empty lists", () => {
    expect(tallyRanks([{ ids: null, weight: 8 }, { ids: "", weight: 4 }])).toEqual([]);
  });
});

describe("visitIds", () => {
  it("reads every id of the text, multi-digit ones included", () => {
    const seen: number[] = [];
    visitIds("1,23,456789,0010", (id) => seen.push(id));
    expect(seen).toEqual([1, 23, 456789, 10]);
  });
});
