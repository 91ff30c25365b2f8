import type { TimelineBucket } from "@/lib/queries/get-timeline-window";
import type { TimelineWindow } from "@/lib/timeline/window-math";

/**
 * One SVG path of bars for a lane's buckets, in a viewBox `width` × `height`: one DOM node per lane
 * however many buckets. Heights use a square-root scale against `max`, so quiet periods stay visible
 * next to bursts; any non-empty bucket is at least 2 px tall.
 */
export function densityPath(buckets: TimelineBucket[], window: TimelineWindow, width: number, height: number, max: number): string {
  const span = window.end - window.start;
  const x = (ms: number) => ((ms - window.start) / span) * width;
  const parts: string[] = [];
  for (const bucket of buckets) {
    if (bucket.count <= 0 || bucket.end <= window.start || bucket.start >= window.end) continue;
    const left = Math.max(x(bucket.start), 0);
    const right = Math.min(x(bucket.end), width);
    const barWidth = Math.max(right - left - 1, 1);
    const barHeight = Math.max(Math.sqrt(bucket.count / Math.max(max, 1)) * height, 2);
    parts.push(`M${left.toFixed(1)} ${height}h${barWidth.toFixed(1)}v${(-barHeight).toFixed(1)}h${(-barWidth).toFixed(1)}Z`);
  }
  return parts.join("");
}

export interface DensityRow {
  label: string;
  start: number;
  end: number;
  counts: number[];
}

/**
 * A small table of the density for screen readers and anyone who wants numbers: at most `periods`
 * rows, each summing consecutive buckets of the grid `bounds` that the window shows, one count per lane.
 */
export function summariseDensity(buckets: TimelineBucket[], laneKeys: string[], window: TimelineWindow, bounds: number[], periods = 8): Omit<DensityRow, "label">[] {
  const firstVisible = Math.max(bounds.findIndex((bound, index) => index + 1 < bounds.length && bounds[index + 1]! > window.start), 0);
  let lastVisible = firstVisible;
  while (lastVisible + 2 < bounds.length && bounds[lastVisible + 1]! < window.end) lastVisible++;
  const total = lastVisible - firstVisible + 1;
  const perRow = Math.ceil(total / periods);
  const rows = Array.from({ length: Math.ceil(total / perRow) }, (_, index) => {
    const from = firstVisible + index * perRow;
    const to = Math.min(from + perRow, lastVisible + 1);
    return { start: Math.max(bounds[from]!, window.start), end: Math.min(bounds[to]!, window.end), counts: laneKeys.map(() => 0) };
  });
  const lane = new Map(laneKeys.map((key, index) => [key, index]));
  for (const bucket of buckets) {
    const column = lane.get(bucket.laneKey);
    if (column === undefined || bucket.end <= window.start || bucket.start >= window.end) continue;
    const row = rows.find((candidate) => bucket.start < candidate.end && bucket.end > candidate.start);
    if (row) row.counts[column]! += bucket.count;
  }
  return rows;
}
