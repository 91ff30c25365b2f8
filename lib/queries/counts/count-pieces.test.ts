import { describe, expect, it } from "vitest";
import { countPieces, DAY_GRAIN, MONTH_GRAIN, ONGOING_PERIOD, periodStartDay, UNKNOWN_PERIOD, YEAR_GRAIN, type CountPiece, type Grain } from "./count-pieces";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Every day a piece stands for, by walking its periods. */
function daysOf(pieces: CountPiece[]): number[] {
  const days: number[] = [];
  for (const piece of pieces) {
    for (let period = piece.from; period < piece.to; period++) {
      const first = periodStartDay(piece.grain, period);
      const next = periodStartDay(piece.grain, period + 1);
      for (let d = first; d < next; d++) days.push(d);
    }
  }
  return days.sort((a, b) => a - b);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe("countPieces", () => {
  it.each([
    ["2020-03-15", "2023-07-04"],
    ["2020-01-01", "2021-01-01"],
    ["2020-01-01", "2020-02-01"],
    ["2020-02-10", "2020-02-20"],
    ["2019-12-31", "2020-01-02"],
    ["1960-06-03", "1972-11-30"],
    ["2024-02-29", "2024-03-01"],
  ])("tiles %s to %s exactly, each day once", (from, to) => {
    const pieces = countPieces(day(from), day(to));
    expect(daysOf(pieces)).toEqual(range(day(from), day(to)));
    expect(pieces.length).toBeLessThanOrEqual(5);
  });

  it("uses whole years inside, months around them and days at the ends", () => {
    expect(countPieces(day("2020-03-15"), day("2023-07-04"))).toEqual([
      { grain: DAY_GRAIN, from: day("2020-03-15"), to: day("2020-04-01") },
      { grain: MONTH_GRAIN, from: 2020 * 12 + 3, to: 2021 * 12 },
      { grain: YEAR_GRAIN, from: 2021, to: 2023 },
      { grain: MONTH_GRAIN, from: 2023 * 12, to: 2023 * 12 + 6 },
      { grain: DAY_GRAIN, from: day("2023-07-01"), to: day("2023-07-04") },
    ]);
  });

  it("never returns a year when capped at months", () => {
    const pieces = countPieces(day("2019-05-01"), day("2022-05-01"), MONTH_GRAIN);
    expect(pieces).toEqual([{ grain: MONTH_GRAIN, from: 2019 * 12 + 4, to: 2022 * 12 + 4 }]);
    expect(countPieces(day("2019-05-03"), day("2019-06-02"), DAY_GRAIN)).toEqual([{ grain: DAY_GRAIN, from: day("2019-05-03"), to: day("2019-06-02") }]);
  });

  it("includes the unknown starts when unbounded below and the ongoing ends when unbounded above", () => {
    const below = countPieces(null, day("2020-02-03"));
    expect(below[0]).toEqual({ grain: YEAR_GRAIN, from: UNKNOWN_PERIOD, to: 2020 });
    const above = countPieces(day("2020-02-03"), null);
    expect(above[above.length - 1]).toEqual({ grain: YEAR_GRAIN, from: 2021, to: ONGOING_PERIOD + 1 });
    expect(countPieces(null, null)).toEqual([{ grain: YEAR_GRAIN, from: UNKNOWN_PERIOD, to: ONGOING_PERIOD + 1 }]);
    const capped = countPieces(null, null, MONTH_GRAIN as Grain);
    expect(capped).toEqual([{ grain: MONTH_GRAIN, from: UNKNOWN_PERIOD, to: ONGOING_PERIOD + 1 }]);
  });

  it("is empty for an empty range", () => {
    expect(countPieces(day("2020-01-01"), day("2020-01-01"))).toEqual([]);
  });
});
