import { describe, expect, it } from "vitest";
import { clampWindow, DAY_MS, fitWindow, HOUR_MS, YEAR_MS, LIMITS, MAX_SPAN_MS, MIN_SPAN_MS, panWindow, toFetchWindow, windowSpan, windowToParams, zoomWindow } from "./window-math";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const win = (start: string, end: string) => ({ start: at(start), end: at(end) });
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("zoomWindow", () => {
  it("keeps the time under the pointer where it is", () => {
    const before = win("2025-01-01", "2026-01-01");
    const anchor = 0.25;
    const pivot = before.start + anchor * windowSpan(before);
    const after = zoomWindow(before, 0.5, anchor);
    expect(windowSpan(after)).toBeCloseTo(windowSpan(before) / 2);
    expect(after.start + anchor * windowSpan(after)).toBeCloseTo(pivot);
  });

  it("stops at a few days and at a few centuries", () => {
    expect(windowSpan(zoomWindow(win("2025-06-01", "2025-06-05"), 0.01))).toBe(MIN_SPAN_MS);
    expect(windowSpan(zoomWindow(win("1900-01-01", "2000-01-01"), 100))).toBe(MAX_SPAN_MS);
  });
});

describe("panWindow and clampWindow", () => {
  it("moves later by a fraction of the width, keeping the span", () => {
    const moved = panWindow(win("2025-01-01", "2025-01-11"), 0.5);
    expect(iso(moved.start)).toBe("2025-01-06");
    expect(iso(moved.end)).toBe("2025-01-16");
  });

  it("cannot leave the calendar", () => {
    const early = panWindow({ start: LIMITS.start + DAY_MS, end: LIMITS.start + 11 * DAY_MS }, -5);
    expect(early.start).toBe(LIMITS.start);
    expect(windowSpan(early)).toBe(10 * DAY_MS);
    const tiny = clampWindow({ start: at("2025-06-01"), end: at("2025-06-01") + 1000 });
    expect(windowSpan(tiny)).toBe(MIN_SPAN_MS);
  });
});

describe("fitWindow", () => {
  const today = at("2026-11-24");

  it("covers the known dates and reaches today when events are ongoing", () => {
    const fit = fitWindow({ first: at("1974-05-31"), last: at("2025-09-01"), openEnded: true }, today);
    expect(fit.start).toBeLessThan(at("1974-05-31"));
    expect(fit.start).toBeGreaterThan(at("1970-01-01"));
    expect(fit.end).toBeGreaterThan(today);
    expect(fit.end).toBeLessThan(at("2029-01-01"));
  });

  it("widens a single day to the smallest zoom", () => {
    const fit = fitWindow({ first: at("2025-07-04"), last: at("2025-07-05"), openEnded: false }, today);
    expect(windowSpan(fit)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
    expect(fit.start).toBeLessThan(at("2025-07-04"));
    expect(fit.end).toBeGreaterThan(at("2025-07-05"));
  });

  it("shows the past year when only undated ongoing events match", () => {
    const fit = fitWindow({ first: null, last: null, openEnded: true }, today);
    expect(fit.end).toBeGreaterThan(today);
    expect(iso(fit.start).slice(0, 4)).toBe("2025");
  });
});

describe("toFetchWindow", () => {
  it("adds a margin and rounds out to whole days", () => {
    const fetched = toFetchWindow({ start: at("2025-04-01") + 5000, end: at("2025-04-21") - 5000 });
    expect(iso(fetched.start)).toBe("2025-03-27");
    expect(iso(fetched.end)).toBe("2025-04-26");
  });
});

describe("windowToParams", () => {
  it.each([
    [win("2025-04-01", "2025-05-01"), { start: "2025-04", end: "2025-04" }],
    [win("1970-01-01", "2027-01-01"), { start: "1970", end: "2026" }],
    [win("2025-06-27", "2025-06-29"), { start: "2025-06-27", end: "2025-06-28" }],
    [win("2025-01-01", "2025-03-15"), { start: "2025", end: "2025-03-14" }],
  ])("names %o as %o", (window, expected) => {
    expect(windowToParams(window)).toEqual(expected);
  });

  it("rounds a window within a day out to the whole day", () => {
    expect(windowToParams({ start: at("2025-06-27") + 3600_000, end: at("2025-06-27") + 7200_000 })).toEqual({ start: "2025-06-27", end: "2025-06-27" });
  });
});

describe("window math at the new extremes", () => {
  it("zooms in to six hours and out to five centuries, no further", () => {
    const day = { start: Date.UTC(2025, 5, 27), end: Date.UTC(2025, 5, 28) };
    expect(windowSpan(zoomWindow(day, 0.001))).toBe(6 * HOUR_MS);
    const wide = zoomWindow({ start: Date.UTC(1800, 0, 1), end: Date.UTC(2000, 0, 1) }, 10);
    expect(windowSpan(wide)).toBe(500 * YEAR_MS);
    expect(wide.start).toBeGreaterThanOrEqual(LIMITS.start);
    expect(wide.end).toBeLessThanOrEqual(LIMITS.end);
  });

  it("names an hours-wide window by its whole day in the URL", () => {
    const start = Date.UTC(2025, 5, 27, 9);
    expect(windowToParams({ start, end: start + MIN_SPAN_MS })).toEqual({ start: "2025-06-27", end: "2025-06-27" });
  });
});
