import { describe, expect, it } from "vitest";
import { eventDateBounds, eventDateShape, type EventDate } from "@/lib/dates/event-date";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { TimelineItem } from "@/lib/queries/get-timeline-window";
import { layOutLanes } from "./lay-out-lanes";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const bound = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
function item(id: number, start: string, laneKeys: string[], title = `Event ${id}`): TimelineItem {
  const date: EventDate = { start: bound(start), end: null, approximate: false };
  return { id, slug: `event-${id}`, title, date, dateShape: eventDateShape(date), laneKeys, ...eventDateBounds(date) } as TimelineItem;
}
const lanes = [
  { key: "diplomacy", label: "Diplomacy", count: 3 },
  { key: "energy", label: "Energy", count: 1 },
  { key: "culture", label: "Culture", count: 1 },
];
const june = { start: at("2025-06-01"), end: at("2025-07-01") };
const today = at("2026-11-24");

describe("layOutLanes", () => {
  it("draws an event in every lane it belongs to and leaves out lanes with nothing in view", () => {
    const items = [item(1, "2025-06-10", ["diplomacy", "energy"]), item(2, "2019-07", ["culture"])];
    const laid = layOutLanes(lanes, items, june, 600, today);
    expect(laid.map((lane) => lane.lane.key)).toEqual(["diplomacy", "energy"]);
    expect(laid.every((lane) => lane.items[0]?.item.id === 1)).toBe(true);
  });

  it("stacks events whose labels would collide and keeps apart ones that do not", () => {
    const items = [
      item(1, "2025-06-10", ["diplomacy"], "A long title that takes up a good deal of room"),
      item(2, "2025-06-11", ["diplomacy"]),
      item(3, "2025-06-28", ["diplomacy"]),
    ];
    const [diplomacy] = layOutLanes(lanes, items, june, 600, today);
    const rowOf = new Map(diplomacy!.items.map((placed) => [placed.item.id, placed.row]));
    expect(rowOf.get(1)).toBe(0);
    expect(rowOf.get(2)).toBe(1);
    expect(rowOf.get(3)).toBe(0);
    expect(diplomacy!.rowCount).toBe(2);
  });

  it("turns labels near the right edge leftwards", () => {
    const [diplomacy] = layOutLanes(lanes, [item(1, "2025-06-29", ["diplomacy"])], june, 600, today);
    expect(diplomacy!.items[0]!.flip).toBe(true);
  });
});
