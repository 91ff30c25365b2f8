import { describe, expect, it } from "vitest";
import { bucketBounds } from "@/lib/timeline/bucket-width";
import { bucketDayThresholds } from "./bucket-case-sql";
import { locateBucket } from "./locate-bucket";

const DAY = 86_400_000;
/** What the CASE tree computes: the last bucket whose threshold the day reaches. */
const bucketOfDay = (thresholds: number[], b: number) => thresholds.reduce((found, th, i) => (b >= th ? i : found), 0);

describe("bucketDayThresholds", () => {
  it("places every day where locateBucket places its start, the range's first day taking earlier starts", () => {
    const window = { start: Date.UTC(2005, 5, 9, 3), end: Date.UTC(2007, 1, 2) };
    for (const step of [{ unit: "day" as const, count: 7 }, { unit: "month" as const, count: 1 }, { unit: "month" as const, count: 3 }]) {
      const bounds = bucketBounds(window, step);
      const rangeStart = window.start + 40 * DAY;
      const origin = Math.floor(rangeStart / DAY) * DAY;
      const thresholds = bucketDayThresholds(bounds, origin, rangeStart, DAY);
      for (let b = 0; b < 700; b++) {
        expect(bucketOfDay(thresholds, b), `${step.unit} ${step.count} day ${b}`).toBe(locateBucket(bounds, Math.max(origin + b * DAY, rangeStart)));
      }
    }
  });
});
