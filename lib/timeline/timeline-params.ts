import { z } from "zod";
import { partialDateSpan, type PartialDate } from "@/lib/dates/partial-date";
import { FACET_NAMES, type FacetName } from "@/lib/domain/facets";
import { partialDateParam, type SearchParamsInput } from "@/lib/filters/event-filter";
import { oneOf, parseUrlParams, urlParam, wholeNumber, type ParsedParams } from "@/lib/http/url-params";
import { DEFAULT_PLOT_PX } from "./bucket-width";
import { parseLaneKeys, type LaneChoice } from "./lane-choice";
import type { TimelineWindow } from "./window-math";

/**
 * The URL keys the timeline owns next to the shared filter: pass them to loadEventFilter as otherKeys.
 * `px` (the plot width, for the density buckets) is sent by the page's own requests only.
 */
export const TIMELINE_KEYS = ["lanes", "start", "end", "lane_order", "hidden", "px"] as const;

/** Lanes by any facet (lib/domain/facets.ts), or none. */
export const LANE_GROUPINGS = [...FACET_NAMES, "none"] as const;
export type LaneGrouping = FacetName | "none";
export const DEFAULT_LANE_GROUPING: LaneGrouping = "topic";

export interface TimelineParams {
  groupBy: LaneGrouping;
  /** Null when the URL names no window: the caller fits the filtered events. */
  window: TimelineWindow | null;
  laneChoice: LaneChoice;
  /** Plot width in pixels: the density buckets are about 10 px wide. */
  pixelWidth: number;
}

const TIMELINE_PARAMS = {
  lanes: urlParam<LaneGrouping>(oneOf(LANE_GROUPINGS), DEFAULT_LANE_GROUPING),
  start: urlParam<PartialDate | undefined>(partialDateParam, undefined),
  end: urlParam<PartialDate | undefined>(partialDateParam, undefined),
  lane_order: urlParam(z.string().transform(parseLaneKeys), []),
  hidden: urlParam(z.string().transform(parseLaneKeys), []),
  px: urlParam(wholeNumber(100, 5000, "must be a whole number of pixels from 100 to 5000."), DEFAULT_PLOT_PX),
};

/**
 * Reads lanes, start, end, the lane choice and the plot width. The window is [start of start, end of end); either
 * bound alone names its own span ("start=2025-06" is June 2025). Returns usable values (invalid parts left out) and
 * the errors: pages show them, APIs answer 400.
 */
export function parseTimelineParams(input: SearchParamsInput): ParsedParams<TimelineParams> {
  const { value, errors } = parseUrlParams(input, TIMELINE_PARAMS);
  let window: TimelineWindow | null = null;
  if (value.start || value.end) {
    const from = partialDateSpan((value.start ?? value.end)!).start;
    const to = partialDateSpan((value.end ?? value.start)!).end;
    if (to <= from) errors.push({ param: "end", message: "“end” is before “start”." });
    else window = { start: from, end: to };
  }
  return {
    value: { groupBy: value.lanes, window, laneChoice: { order: value.lane_order, hidden: value.hidden }, pixelWidth: value.px },
    errors,
  };
}
