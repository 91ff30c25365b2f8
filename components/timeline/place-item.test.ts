import { describe, expect, it } from "vitest";
import { eventDateBounds, eventDateShape, type EventDate } from "@/lib/dates/event-date";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { placeItem } from "./place-item";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const day = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const itemOf = (date: EventDate) => ({ date, dateShape: eventDateShape(date), ...eventDateBounds(date) });
const june = { start: at("2025-06-01"), end: at("2025-07-01") };
const today = at("2026-11-24");

describe("placeItem", () => {
  it("puts a single exact day as a point in the middle of its day", () => {
    const placed = placeItem(itemOf({ start: day("2025-06-16"), end: null, approximate: false }), june, 300, today);
    expect(placed?.shape).toBe("point");
    expect(placed?.left).toBeCloseTo(155);
    expect(placed?.partial).toBe(false);
  });

  it("draws an exact range as a solid bar over its days", () => {
    const placed = placeItem(itemOf({ start: day("2025-06-27"), end: day("2025-06-28"), approximate: false }), june, 300, today);
    expect(placed).toMatchObject({ shape: "bar", partial: false, approximate: false, left: 260, right: 280 });
  });

  it("marks a season as partial and cuts it at the view's edge", () => {
    const placed = placeItem(itemOf({ start: day("2025-summer"), end: null, approximate: false }), june, 300, today);
    expect(placed).toMatchObject({ shape: "bar", partial: true, cutLeft: false, cutRight: true });
    expect(placed!.right).toBeLessThanOrEqual(306);
  });

  it("marks a circa date as approximate", () => {
    const placed = placeItem(itemOf({ start: day("2013"), end: null, approximate: true }), { start: at("2010-01-01"), end: at("2020-01-01") }, 1000, today);
    expect(placed).toMatchObject({ approximate: true, partial: true, shape: "bar" });
  });

  it("runs an ongoing event with an unknown start from the left edge to today", () => {
    const view = { start: at("2026-01-01"), end: at("2027-01-01") };
    const placed = placeItem(itemOf({ start: null, end: "ongoing", approximate: false }), view, 365, today);
    expect(placed).toMatchObject({ ongoing: true, unknownStart: true, cutLeft: true, cutRight: false });
    expect(placed!.right).toBeCloseTo(327, 0);
  });

  it("leaves out what is not in view", () => {
    expect(placeItem(itemOf({ start: day("2019-07"), end: null, approximate: false }), june, 300, today)).toBeNull();
    expect(placeItem(itemOf({ start: null, end: "ongoing", approximate: false }), { start: at("2027-01-01"), end: at("2028-01-01") }, 300, today)).toBeNull();
  });
});
