import { describe, expect, it } from "vitest";
import { topicSubsetMembers } from "./topic-subsets";

describe("topicSubsetMembers", () => {
  it("lists every non-empty subset once, ids in numeric order", () => {
    expect(topicSubsetMembers([10, 2, 9]).sort()).toEqual([",10,", ",2,", ",2,10,", ",2,9,", ",2,9,10,", ",9,", ",9,10,"].sort());
  });
  it("has 2^n − 1 sets for n distinct ids and none for no ids", () => {
    expect(topicSubsetMembers([1, 2, 3, 4, 5, 6, 7, 8])).toHaveLength(255);
    expect(topicSubsetMembers([4, 4])).toEqual([",4,"]);
    expect(topicSubsetMembers([])).toEqual([]);
  });
});
