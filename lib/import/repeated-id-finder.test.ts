import { describe, expect, it } from "vitest";
import { RepeatedIdFinder } from "./repeated-id-finder";

describe("RepeatedIdFinder", () => {
  it("names each row that repeats an earlier row's id, with that row's line, and nothing for distinct ids", () => {
    const finder = new RepeatedIdFinder();
    // Past the first capacity, so that growing keeps what was there.
    for (let line = 2; line < 10_002; line++) finder.add(`row-${line}`, line);
    finder.add("row-17", 10_002);
    finder.add("row-17", 10_003);
    finder.add("row-9000", 10_004);
    expect(finder.errors("ID")).toEqual([
      { line: 10_002, column: "ID", message: "This row's id is already used on line 17; each event needs its own." },
      { line: 10_003, column: "ID", message: "This row's id is already used on line 17; each event needs its own." },
      { line: 10_004, column: "ID", message: "This row's id is already used on line 9000; each event needs its own." },
    ]);
  });

  it("finds nothing in a file without repeats", () => {
    const finder = new RepeatedIdFinder();
    ["a", "b", "A", "a ", "ab", "ba"].forEach((id, index) => finder.add(id, index + 2));
    expect(finder.errors("ID")).toEqual([]);
  });
});
