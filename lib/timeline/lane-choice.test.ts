import { describe, expect, it } from "vitest";
import { chooseShownLanes, moveLane, parseLaneKeys, toggleHidden } from "./lane-choice";

const lanes = ["a", "b", "c", "d", "e"].map((key, index) => ({ key, count: 50 - index }));

describe("parseLaneKeys", () => {
  it("reads a comma list, ignoring blanks and repeats", () => {
    expect(parseLaneKeys(" MY, FR,,MY ")).toEqual(["MY", "FR"]);
    expect(parseLaneKeys(undefined)).toEqual([]);
  });
});

describe("chooseShownLanes", () => {
  it("puts the reader's order first, drops hidden lanes and folds the rest past the limit", () => {
    const { shown, folded } = chooseShownLanes(lanes, { order: ["d", "zz", "b"], hidden: ["a"] }, 3);
    expect(shown.map((lane) => lane.key)).toEqual(["d", "b", "c"]);
    expect(folded.map((lane) => lane.key)).toEqual(["e"]);
  });

  it("keeps the given order without a choice", () => {
    expect(chooseShownLanes(lanes, { order: [], hidden: [] }).shown.map((lane) => lane.key)).toEqual(["a", "b", "c", "d", "e"]);
  });
});

describe("moveLane and toggleHidden", () => {
  it("moves a lane one place and stops at the ends", () => {
    expect(moveLane(["a", "b", "c"], "c", -1)).toEqual(["a", "c", "b"]);
    expect(moveLane(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(moveLane(["a", "b", "c"], "a", 1)).toEqual(["b", "a", "c"]);
  });

  it("hides and shows again, dropping a hidden lane from the order", () => {
    const hidden = toggleHidden({ order: ["b", "a"], hidden: [] }, "a");
    expect(hidden).toEqual({ order: ["b"], hidden: ["a"] });
    expect(toggleHidden(hidden, "a")).toEqual({ order: ["b"], hidden: [] });
  });
});
