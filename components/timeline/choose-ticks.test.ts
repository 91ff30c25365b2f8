import { describe, expect, it } from "vitest";
import { chooseTicks } from "./choose-ticks";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const win = (start: string, end: string) => ({ start: at(start), end: at(end) });

describe("chooseTicks", () => {
  it("labels decades when fifty years are in view", () => {
    const { unit, step, ticks } = chooseTicks(win("1972-01-01", "2028-06-01"), 800);
    expect(unit).toBe("year");
    expect(step).toBe(10);
    expect(ticks.map((t) => t.label)).toEqual(["1980", "1990", "2000", "2010", "2020"]);
    expect(ticks.every((t) => t.major)).toBe(true);
  });

  it("labels years for a few years and months for a few months", () => {
    expect(chooseTicks(win("2020-01-01", "2026-01-01"), 800).ticks.map((t) => t.label)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    const months = chooseTicks(win("2025-03-15", "2025-08-15"), 800);
    expect(months.unit).toBe("month");
    expect(months.ticks.map((t) => t.label)).toEqual(["Apr 2025", "May", "Jun", "Jul", "Aug"]);
  });

  it("labels days when a month is in view on a wide screen", () => {
    const { unit, ticks } = chooseTicks(win("2025-04-01", "2025-04-11"), 900);
    expect(unit).toBe("day");
    expect(ticks[0]!.label).toBe("1 Apr");
    expect(ticks[0]!.major).toBe(true);
    expect(ticks).toHaveLength(10);
  });

  it("steps by Mondays for a few weeks, never crowding the end of a month", () => {
    const { unit, ticks } = chooseTicks(win("2025-06-15", "2025-07-15"), 700);
    expect(unit).toBe("day");
    expect(ticks.map((t) => t.label)).toEqual(["16 Jun", "23 Jun", "30 Jun", "7 Jul", "14 Jul"]);
  });

  it("takes coarser steps on a narrow screen", () => {
    const wide = chooseTicks(win("2025-01-01", "2026-01-01"), 1200);
    const narrow = chooseTicks(win("2025-01-01", "2026-01-01"), 300);
    expect(wide.unit).toBe("month");
    expect(wide.step).toBe(1);
    expect(narrow.step).toBeGreaterThan(1);
    for (const { ticks } of [wide, narrow]) {
      const gaps = ticks.slice(1).map((t, i) => t.time - ticks[i]!.time);
      expect(Math.min(...gaps)).toBeGreaterThan(0);
    }
  });

  it("ticks hours when zoomed to part of a day, labelling the day at midnight", () => {
    const start = Date.parse("2025-06-27T18:00:00Z");
    const { unit, ticks } = chooseTicks({ start, end: start + 12 * 3_600_000 }, 900);
    expect(unit).toBe("hour");
    expect(ticks.map((t) => t.label)).toEqual(["27 Jun 18:00", "19:00", "20:00", "21:00", "22:00", "23:00", "28 Jun 00:00", "01:00", "02:00", "03:00", "04:00", "05:00"]);
    expect(ticks.find((t) => t.label === "28 Jun 00:00")?.major).toBe(true);
  });

  it("steps by centuries across five hundred years", () => {
    const { unit, step } = chooseTicks(win("1600-01-01", "2100-01-01"), 700);
    expect(unit).toBe("year");
    expect(step).toBe(100);
  });

  it("ticks round years before the common era as readers count them, and skips the year 0 no one counts", () => {
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    const decades = chooseTicks({ start: year(-46), end: year(12) }, 800);
    expect(decades.step).toBe(10);
    // 40 BCE is the astronomical year -39; after 10 BCE comes 10 CE, nineteen years on.
    expect(decades.ticks.map((t) => t.label)).toEqual(["40 BCE", "30 BCE", "20 BCE", "10 BCE", "10 CE"]);
    expect(decades.ticks.every((t) => t.major)).toBe(true);
    const centuries = chooseTicks({ start: year(-520), end: year(-20) }, 700);
    expect(centuries.ticks.map((t) => t.label)).toEqual(["500 BCE", "400 BCE", "300 BCE", "200 BCE", "100 BCE"]);
    const months = chooseTicks({ start: new Date(0).setUTCFullYear(-44, 10, 15), end: new Date(0).setUTCFullYear(-43, 3, 15) }, 800);
    expect(months.ticks.map((t) => t.label)).toEqual(["Dec 45 BCE", "Jan 44 BCE", "Feb", "Mar", "Apr"]);
  });
});
