import { describe, expect, it } from "vitest";
import { colourDifference, contrastRatio } from "./colour-contrast";
import { NONE_COLOUR, OTHER_COLOUR, SERIES_COLOURS } from "./series-palette";

const palette = [...SERIES_COLOURS, OTHER_COLOUR, NONE_COLOUR];

describe("series palette", () => {
  it("gives every colour at least 3:1 contrast against the white page (WCAG 1.4.11)", () => {
    for (const colour of palette) expect(contrastRatio(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(3);
  });

  it("keeps every pair of colours clearly apart", () => {
    for (const [i, a] of palette.entries()) {
      for (const b of palette.slice(i + 1)) expect(colourDifference(a, b), `${a} vs ${b}`).toBeGreaterThan(25);
    }
  });
});

describe("colour maths", () => {
  it("matches known WCAG ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});
