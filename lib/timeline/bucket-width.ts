import { DAY_MS, HOUR_MS, YEAR_MS, type TimelineWindow } from "./window-math";

/** Target pixels per density bucket; bars narrower than ~8 px are noise, wider than ~12 px look blocky. */
export const BUCKET_PX = 10;
/** Never more buckets than this across one window, whatever the width claimed by a request. */
export const MAX_BUCKETS = 240;
/** Width the server assumes when a request names none. */
export const DEFAULT_PLOT_PX = 1000;

/** One density bucket: so many hours, days or calendar months. */
export interface BucketStep {
  unit: "hour" | "day" | "month";
  count: number;
}

const MONTH_MS = YEAR_MS / 12;
const UNIT_MS = { hour: HOUR_MS, day: DAY_MS, month: MONTH_MS } as const;

// Months and years follow the calendar (a yearly bar is a calendar year), so a bar reads as a period and
// the pre-aggregated counts by day, month and year add up to it exactly; weeks count from the epoch.
const STEPS: BucketStep[] = [
  ...[1, 2, 3, 6, 12].map((count) => ({ unit: "hour" as const, count })),
  ...[1, 2, 7, 14].map((count) => ({ unit: "day" as const, count })),
  ...[1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200].map((count) => ({ unit: "month" as const, count })),
];

/** Average length of a step, for choosing one and for drawing. */
export function nominalStepMs(step: BucketStep): number {
  return step.count * UNIT_MS[step.unit];
}

/**
 * The density bucket for a window drawn `pixelWidth` px wide: the smallest round step giving at least
 * ~BUCKET_PX px per bucket and at most MAX_BUCKETS buckets.
 */
export function chooseBucketStep(window: TimelineWindow, pixelWidth: number): BucketStep {
  const span = window.end - window.start;
  const buckets = Math.min(Math.max(Math.floor(pixelWidth / BUCKET_PX), 1), MAX_BUCKETS);
  const ideal = span / buckets;
  return STEPS.find((step) => nominalStepMs(step) >= ideal) ?? { unit: "month", count: Math.ceil(ideal / (1200 * MONTH_MS)) * 1200 };
}

function monthIndexOf(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function monthStart(index: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(index / 12), ((index % 12) + 12) % 12, 1);
  return date.getTime();
}

/**
 * The bucket boundaries covering a window: [b0, b1, …, bn] with b0 ≤ start < b1 and bn ≥ end. Buckets
 * sit on a fixed grid (multiples of the step from the epoch; calendar months in multiples of the
 * count from year 0), so the same period keeps the same bucket while the reader pans.
 */
export function bucketBounds(window: TimelineWindow, step: BucketStep): number[] {
  const bounds: number[] = [];
  if (step.unit === "month") {
    let index = Math.floor(monthIndexOf(window.start) / step.count) * step.count;
    do {
      bounds.push(monthStart(index));
      index += step.count;
    } while (bounds[bounds.length - 1]! < window.end);
    return bounds;
  }
  const width = nominalStepMs(step);
  for (let at = Math.floor(window.start / width) * width; ; at += width) {
    bounds.push(at);
    if (at >= window.end) break;
  }
  return bounds.length > 1 ? bounds : [bounds[0]!, bounds[0]! + width];
}

/** Words for the step, for the density legend ("each bar is one week"). */
export function describeBucketStep(step: BucketStep): string {
  const { unit, count } = step;
  if (unit === "month") {
    if (count % 1200 === 0) return count === 1200 ? "one century" : `${count / 1200} centuries`;
    if (count % 120 === 0) return count === 120 ? "one decade" : `${count / 12} years`;
    if (count % 12 === 0) return count === 12 ? "one year" : `${count / 12} years`;
    return count === 1 ? "one month" : `${count} months`;
  }
  if (unit === "day") {
    if (count % 7 === 0) return count === 7 ? "one week" : `${count / 7} weeks`;
    return count === 1 ? "one day" : `${count} days`;
  }
  return count === 1 ? "one hour" : `${count} hours`;
}
