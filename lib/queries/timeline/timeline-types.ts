import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { BucketStep } from "@/lib/timeline/bucket-width";
import type { TimelineWindow } from "@/lib/timeline/window-math";

/** The one lane of a timeline without lanes. */
export const ALL_LANE_KEY = "_all";

export interface TimelineLane {
  key: string;
  label: string;
  /** Matching events in the window in this lane; for "Other", the sum over the lanes it folds. */
  count: number;
}

export interface TimelineBucket {
  laneKey: string;
  /** [start, end) in ms; the events counted start in it (or before it and still run, for the bucket where the window starts). */
  start: number;
  end: number;
  count: number;
}

/** What density to count for one window. */
export interface DensityRequest {
  groupBy: LaneGrouping;
  /** Lane keys to count per bucket (NO_LANE_KEY included when shown). */
  shownKeys: string[];
  hiddenKeys: string[];
  /** Count an "Other" lane: every link to a lane neither shown nor hidden. */
  withOther: boolean;
  bounds: number[];
  step: BucketStep;
}

/** Counting for one window, from the events themselves or from the pre-aggregated counts. */
export interface WindowCounter {
  /** The part of the window the filter's period leaves, in ms. */
  range: TimelineWindow;
  countLanes(groupBy: LaneGrouping): Promise<{ total: number; lanes: TimelineLane[] }>;
  countDensity(request: DensityRequest): Promise<TimelineBucket[]>;
}

/** Sums counts into the window's buckets and lists the non-empty ones. */
export class BucketTally {
  private readonly counts = new Map<string, number[]>();
  constructor(private readonly bounds: number[]) {}

  add(laneKey: string, index: number, n: number): void {
    let row = this.counts.get(laneKey);
    if (!row) this.counts.set(laneKey, (row = new Array<number>(this.bounds.length - 1).fill(0)));
    row[index] = (row[index] ?? 0) + n;
  }

  set(laneKey: string, row: number[]): void {
    this.counts.set(laneKey, row);
  }

  row(laneKey: string): number[] {
    return this.counts.get(laneKey) ?? new Array<number>(this.bounds.length - 1).fill(0);
  }

  buckets(): TimelineBucket[] {
    const out: TimelineBucket[] = [];
    for (const [laneKey, row] of [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      row.forEach((count, index) => {
        if (count > 0) out.push({ laneKey, start: this.bounds[index]!, end: this.bounds[index + 1]!, count });
      });
    }
    return out;
  }
}

/** The lanes in display order: the busiest first, "no lane" last, ties by label. */
export function sortLanes(lanes: TimelineLane[], noLaneKey: string): TimelineLane[] {
  return lanes
    .filter((lane) => lane.count > 0)
    .sort((a, b) => Number(a.key === noLaneKey) - Number(b.key === noLaneKey) || b.count - a.count || a.label.localeCompare(b.label));
}
