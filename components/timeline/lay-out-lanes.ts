import type { TimelineItem, TimelineLane } from "@/lib/queries/get-timeline-window";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { placeItem, type ItemPlacement } from "./place-item";
import { stackRows } from "./stack-rows";

export interface PlacedItem {
  item: TimelineItem;
  placement: ItemPlacement;
  row: number;
  /** Near the right edge the label runs leftwards from the item's end, so it stays in view. */
  flip: boolean;
}

export interface LaidOutLane {
  lane: TimelineLane;
  items: PlacedItem[];
  rowCount: number;
  /** Items in view that did not fit under the row limit. */
  hiddenCount: number;
}

const MAX_LABEL_PX = 288;
const MAX_ROWS = 8;
const FLIP_AT = 0.55;

/** A rough label width (12–13 px text); enough to keep labels from running into each other. */
export function estimateLabelWidth(title: string): number {
  return Math.min(title.length * 6.6 + 8, MAX_LABEL_PX);
}

/** Places and stacks the visible items of every lane; lanes with nothing in view are left out unless `keepEmpty` (density shows them). */
export function layOutLanes(lanes: TimelineLane[], items: TimelineItem[], window: TimelineWindow, width: number, today: number, keepEmpty = false): LaidOutLane[] {
  const placed = items.flatMap((item) => {
    const placement = placeItem(item, window, width, today);
    return placement ? [{ item, placement }] : [];
  });
  return lanes.flatMap((lane) => {
    const inLane = placed.filter(({ item }) => item.laneKeys.includes(lane.key));
    if (inLane.length === 0) return keepEmpty ? [{ lane, items: [], rowCount: 0, hiddenCount: 0 }] : [];
    const flips = new Map<number, boolean>();
    const spans = inLane.map(({ item, placement }) => {
      const isPoint = placement.shape === "point";
      const left = isPoint ? placement.left - 7 : Math.max(placement.left, 0);
      const right = isPoint ? placement.left + 7 : placement.right;
      const label = estimateLabelWidth(item.title);
      const flip = left > width * FLIP_AT && left + label > width;
      flips.set(item.id, flip);
      return flip ? { id: item.id, left: Math.min(left, right - label), right } : { id: item.id, left, right: Math.max(right, left + label) };
    });
    const { rowOf, rowCount, hidden } = stackRows(spans, { maxRows: MAX_ROWS });
    const laneItems = inLane
      .filter(({ item }) => rowOf.has(item.id))
      .map(({ item, placement }) => ({ item, placement, row: rowOf.get(item.id)!, flip: flips.get(item.id) ?? false }))
      .sort((a, b) => a.item.earliest - b.item.earliest || a.row - b.row || a.item.id - b.item.id);
    return [{ lane, items: laneItems, rowCount: Math.max(rowCount, 1), hiddenCount: hidden.length }];
  });
}
