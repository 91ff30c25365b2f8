import { describe, expect, it } from "vitest";
import { EXAMPLE_COMPARE_HREF, parseCompareTracks } from "./compare-params";

describe("parseCompareTracks", () => {
  it("reads each track's filter query and label", () => {
    const { value: tracks, errors } = parseCompareTracks(new URL(`http://x${EXAMPLE_COMPARE_HREF}`).searchParams);
    expect(errors).toEqual([]);
    expect(tracks).toEqual([
      { name: "a", label: "Malaysia–France", query: "country=FR" },
      { name: "b", label: "Malaysia–China", query: "country=CN" },
    ]);
  });

  it("names unlabelled tracks, and explains a lone track and unknown keys", () => {
    const { value: tracks, errors } = parseCompareTracks(new URLSearchParams("a=topic%3Dtrade&colour=red"));
    expect(tracks[0]?.label).toBe("Track A");
    expect(errors.map((e) => e.param).sort()).toEqual(["a", "colour"]);
  });
});
