import type { TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import type { PlotDensity } from "./timeline-plot";

/** The buckets of dense data grouped by lane, with the busiest one in view for a shared scale; null when the data is sparse. */
export function buildPlotDensity(data: Pick<TimelineWindowResult, "dense" | "buckets">, view: TimelineWindow): PlotDensity | null {
  if (!data.dense) return null;
  const byLane = new Map<string, TimelineWindowResult["buckets"]>();
  let max = 0;
  for (const bucket of data.buckets) {
    const list = byLane.get(bucket.laneKey) ?? [];
    list.push(bucket);
    byLane.set(bucket.laneKey, list);
    if (bucket.end > view.start && bucket.start < view.end) max = Math.max(max, bucket.count);
  }
  return { byLane, max, view };
}
