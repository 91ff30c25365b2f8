import { DAY_MS, HOUR_MS, YEAR_MS, type TimelineWindow } from "./window-math";

/** Target pixels per density bucket; bars narrower than ~8 px are noise, wider than ~12 px look blocky. */
export const BUCKET_PX = 10;
/** Never more buckets than this across one window, whatever the width claimed by a request. */
export const MAX_BUCKETS = 240;
/** Width the server assumes when a request names none. */
export const DEFAULT_PLOT_PX = 1000;

// Round widths read better in the accessible table ("per week", "per year") and keep buckets aligned while panning.
const NICE_WIDTHS = [
  HOUR_MS, 2 * HOUR_MS, 3 * HOUR_MS, 6 * HOUR_MS, 12 * HOUR_MS,
  DAY_MS, 2 * DAY_MS, 7 * DAY_MS, 14 * DAY_MS, 30 * DAY_MS, 61 * DAY_MS, 91 * DAY_MS, 183 * DAY_MS,
  YEAR_MS, 2 * YEAR_MS, 5 * YEAR_MS, 10 * YEAR_MS, 20 * YEAR_MS, 50 * YEAR_MS, 100 * YEAR_MS,
];

/**
 * The density bucket width for a window drawn `pixelWidth` px wide: the smallest round width giving
 * at least ~BUCKET_PX px per bucket and at most MAX_BUCKETS buckets.
 */
export function chooseBucketWidth(window: TimelineWindow, pixelWidth: number): number {
  const span = window.end - window.start;
  const buckets = Math.min(Math.max(Math.floor(pixelWidth / BUCKET_PX), 1), MAX_BUCKETS);
  const ideal = span / buckets;
  return NICE_WIDTHS.find((width) => width >= ideal) ?? Math.ceil(ideal / (100 * YEAR_MS)) * 100 * YEAR_MS;
}

/**
 * Bucket grid for a window: buckets start at multiples of the width from the epoch, so the same
 * period keeps the same bucket while the reader pans. Returns the first bucket's start and the count.
 */
export function bucketGrid(window: TimelineWindow, width: number): { origin: number; count: number } {
  const origin = Math.floor(window.start / width) * width;
  return { origin, count: Math.max(Math.ceil((window.end - origin) / width), 1) };
}

/** Words for the bucket width, for the density legend ("each bar is one week"). */
export function describeBucketWidth(width: number): string {
  const units: [number, string, string][] = [
    [100 * YEAR_MS, "century", "centuries"], [10 * YEAR_MS, "decade", "decades"], [YEAR_MS, "year", "years"],
    [30 * DAY_MS, "month", "months"], [7 * DAY_MS, "week", "weeks"], [DAY_MS, "day", "days"], [HOUR_MS, "hour", "hours"],
  ];
  for (const [size, one, many] of units) {
    const n = width / size;
    if (n >= 0.97 && Math.abs(n - Math.round(n)) < 0.08) return Math.round(n) === 1 ? `one ${one}` : `${Math.round(n)} ${many}`;
  }
  const days = width / DAY_MS;
  return days >= 1 ? `about ${Math.round(days)} days` : `about ${Math.round(width / HOUR_MS)} hours`;
}
