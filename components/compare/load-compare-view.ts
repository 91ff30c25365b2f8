import type { Viewer } from "@/lib/domain/viewer";
import type { ParamError } from "@/lib/filters/event-filter";
import { getTimelineExtent } from "@/lib/queries/get-timeline-extent";
import { getTimelineWindow, type TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import { loadTrackFilters } from "@/lib/queries/load-track-filters";
import { fitFilteredEvents } from "@/lib/queries/load-timeline-window";
import { clampWindow, type TimelineWindow } from "@/lib/timeline/window-math";
import type { TrackParam } from "@/lib/compare/compare-params";

export interface CompareTrack {
  key: string;
  label: string;
  query: string;
  /** The track's events in the window, in one lane keyed by the track. */
  result: TimelineWindowResult;
}

/** Each track through the shared filter and the same timeline query, on one axis: the asked window or one fitting every track. */
export async function loadCompareView(tracks: TrackParam[], viewer: Viewer, asked: TimelineWindow | null, today = Date.now()): Promise<{ view: TimelineWindow; today: number; tracks: CompareTrack[]; errors: ParamError[] }> {
  const { filters, errors } = await loadTrackFilters(tracks);
  let view = asked;
  if (!view) {
    const fits = await Promise.all(filters.map(async (filter) => ({ filter, extent: await getTimelineExtent({ filter, viewer }) })));
    const windows = fits.filter((fit) => fit.extent.count > 0).map((fit) => fitFilteredEvents(fit.extent, fit.filter, today));
    view = windows.length
      ? clampWindow({ start: Math.min(...windows.map((w) => w.start)), end: Math.max(...windows.map((w) => w.end)) })
      : clampWindow({ start: today - 365 * 86_400_000, end: today });
  }
  const window = view;
  const results = await Promise.all(filters.map((filter) => getTimelineWindow({ filter, viewer, window, groupBy: "none", pixelWidth: 1000 })));
  return {
    view: window,
    today,
    errors,
    tracks: results.map((result, index) => {
      const key = `track-${tracks[index]!.name}`;
      return {
        key,
        label: tracks[index]!.label,
        query: tracks[index]!.query,
        result: {
          ...result,
          lanes: [{ key, label: tracks[index]!.label, count: result.total }],
          items: result.items.map((item) => ({ ...item, laneKeys: [key] })),
          buckets: result.buckets.map((bucket) => ({ ...bucket, laneKey: key })),
        },
      };
    }),
  };
}
