import { parsePartialDate, partialDateSpan, type PartialDate } from "@/lib/dates/partial-date";
import { FACET_NAMES, type FacetName } from "@/lib/domain/facets";
import { toParamRecord, type ParamError, type SearchParamsInput } from "@/lib/filters/event-filter";
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

function single(params: Record<string, string[]>, key: string, errors: ParamError[]): string | undefined {
  const values = params[key];
  if (!values) return undefined;
  if (values.length > 1) errors.push({ param: key, message: `“${key}” is given ${values.length} times; give it once.` });
  const value = values[0]?.trim();
  return value ? value : undefined;
}

function readBound(params: Record<string, string[]>, key: "start" | "end", errors: ParamError[]): PartialDate | undefined {
  const text = single(params, key, errors);
  if (text === undefined) return undefined;
  const parsed = parsePartialDate(text);
  if (parsed.ok) return parsed.value;
  errors.push({ param: key, message: `“${key}”: ${parsed.message}` });
  return undefined;
}

/**
 * Reads lanes, start, end, the lane choice and the plot width. The window is [start of start, end of end); either bound alone names
 * its own span ("start=2025-06" is June 2025). Returns usable values (invalid parts left out) and the
 * errors: pages show them, APIs answer 400.
 */
export function parseTimelineParams(input: SearchParamsInput): { value: TimelineParams; errors: ParamError[] } {
  const params = toParamRecord(input);
  const errors: ParamError[] = [];

  let groupBy = DEFAULT_LANE_GROUPING;
  const lanes = single(params, "lanes", errors);
  if (lanes !== undefined) {
    if ((LANE_GROUPINGS as readonly string[]).includes(lanes)) groupBy = lanes as LaneGrouping;
    else errors.push({ param: "lanes", message: `“lanes” must be one of ${LANE_GROUPINGS.join(", ")}.` });
  }

  const start = readBound(params, "start", errors);
  const end = readBound(params, "end", errors);
  let window: TimelineWindow | null = null;
  if (start || end) {
    const from = partialDateSpan((start ?? end)!).start;
    const to = partialDateSpan((end ?? start)!).end;
    if (to <= from) errors.push({ param: "end", message: "“end” is before “start”." });
    else window = { start: from, end: to };
  }
  const laneChoice = { order: parseLaneKeys(single(params, "lane_order", errors)), hidden: parseLaneKeys(single(params, "hidden", errors)) };
  let pixelWidth = DEFAULT_PLOT_PX;
  const px = single(params, "px", errors);
  if (px !== undefined) {
    const n = Number(px);
    if (Number.isInteger(n) && n >= 100 && n <= 5000) pixelWidth = n;
    else errors.push({ param: "px", message: "“px” must be a whole number of pixels from 100 to 5000." });
  }
  return { value: { groupBy, window, laneChoice, pixelWidth }, errors };
}
