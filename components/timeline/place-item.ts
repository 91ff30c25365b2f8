import { isKnownBound, type TimelineWindow } from "@/lib/timeline/window-math";
import type { TimelineItem } from "@/lib/queries/get-timeline-window";

export type ItemShape = "point" | "bar";

export interface ItemPlacement {
  shape: ItemShape;
  /** Known only to a month, quarter, season or year. */
  partial: boolean;
  approximate: boolean;
  ongoing: boolean;
  unknownStart: boolean;
  /** Pixels from the left of the plot; bars are cut to the visible part, plus a little. */
  left: number;
  right: number;
  /** Whether the bar continues beyond the left or right edge of the view. */
  cutLeft: boolean;
  cutRight: boolean;
}

type PlaceableItem = Pick<TimelineItem, "date" | "dateShape" | "earliest" | "latest">;

const OVERHANG = 6;
const MIN_BAR = 4;

/**
 * Where and how to draw an event for a window `width` pixels wide. Unknown starts begin at the left
 * edge (drawn fading in); ongoing events run to today. Null when nothing of it is visible.
 */
export function placeItem(item: PlaceableItem, window: TimelineWindow, width: number, today: number): ItemPlacement | null {
  const x = (ms: number) => ((ms - window.start) / (window.end - window.start)) * width;
  const ongoing = item.date.end === "ongoing";
  const unknownStart = item.date.start === null;
  const start = isKnownBound(item.earliest) ? x(item.earliest) : -Infinity;
  const end = ongoing ? x(today) : isKnownBound(item.latest) ? x(item.latest) : x(today);
  const coarse = (bound: TimelineItem["date"]["end"]) => bound !== null && bound !== "ongoing" && bound.precision !== "day";
  const base = { partial: coarse(item.date.start) || coarse(item.date.end), approximate: item.date.approximate, ongoing, unknownStart };

  if (item.dateShape === "point") {
    const centre = (start + end) / 2;
    if (centre < -OVERHANG || centre > width + OVERHANG) return null;
    return { ...base, partial: false, shape: "point", left: centre, right: centre, cutLeft: false, cutRight: false };
  }
  if (end < 0 || start > width) return null;
  const left = Math.max(start, -OVERHANG);
  const right = Math.max(Math.min(end, width + OVERHANG), left + MIN_BAR);
  return { ...base, shape: "bar", left, right, cutLeft: start < -OVERHANG, cutRight: end > width + OVERHANG };
}
