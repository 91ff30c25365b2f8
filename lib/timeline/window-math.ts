import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import { formatPartialDateValue, MAX_YEAR, MIN_YEAR, partialDateSpan, type PartialDate } from "@/lib/dates/partial-date";

/** A half-open period [start, end) in ms since the epoch, UTC. */
export interface TimelineWindow {
  start: number;
  end: number;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.2425 * DAY_MS;
/** Zoom limits: from a few hours (an event known to the minute sits at its time; a day event fills its day) up to five centuries. */
export const MIN_SPAN_MS = 6 * HOUR_MS;
export const MAX_SPAN_MS = 500 * YEAR_MS;
export const LIMITS: TimelineWindow = {
  start: partialDateSpan({ precision: "year", year: MIN_YEAR }).start,
  end: partialDateSpan({ precision: "year", year: MAX_YEAR }).end,
};

export function windowSpan(window: TimelineWindow): number {
  return window.end - window.start;
}

/** Keeps the span within the zoom limits (around its centre) and the window within the calendar. */
export function clampWindow(window: TimelineWindow): TimelineWindow {
  const span = Math.min(Math.max(windowSpan(window), MIN_SPAN_MS), MAX_SPAN_MS);
  const centre = (window.start + window.end) / 2;
  let start = centre - span / 2;
  start = Math.min(Math.max(start, LIMITS.start), LIMITS.end - span);
  return { start, end: start + span };
}

/** factor < 1 zooms in. anchor (0–1) is the fraction of the width that stays put, e.g. the pointer. */
export function zoomWindow(window: TimelineWindow, factor: number, anchor = 0.5): TimelineWindow {
  const span = windowSpan(window);
  const nextSpan = Math.min(Math.max(span * factor, MIN_SPAN_MS), MAX_SPAN_MS);
  const pivot = window.start + anchor * span;
  const start = pivot - anchor * nextSpan;
  const next = clampWindow({ start, end: start + nextSpan });
  // Clamping recentres only when it had to move the window; otherwise keep the pivot exact.
  return next.start === start ? { start, end: start + nextSpan } : next;
}

/** Moves by a fraction of the width: positive is later. */
export function panWindow(window: TimelineWindow, fraction: number): TimelineWindow {
  const span = windowSpan(window);
  const start = Math.min(Math.max(window.start + fraction * span, LIMITS.start), LIMITS.end - span);
  return { start, end: start + span };
}

export interface EventExtent {
  /** Earliest known start, ignoring unknown starts; null when none is known. */
  first: number | null;
  /** Latest known end, ignoring ongoing events; null when none is known. */
  last: number | null;
  /** Some event is ongoing, so the view should reach today. */
  openEnded: boolean;
}

/** A window that shows all the events of an extent with a margin, reaching today when some are ongoing. */
export function fitWindow(extent: EventExtent, today: number, margin = 0.04): TimelineWindow {
  let start = extent.first ?? extent.last ?? today;
  let end = extent.last ?? extent.first ?? today;
  if (extent.openEnded) end = Math.max(end, today);
  if (extent.first === null && extent.last === null) start = today - YEAR_MS;
  if (end - start < MIN_SPAN_MS) {
    const centre = (start + end) / 2;
    start = centre - MIN_SPAN_MS / 2;
    end = centre + MIN_SPAN_MS / 2;
  }
  const pad = (end - start) * margin;
  return clampWindow({ start: start - pad, end: end + pad });
}

function floorDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

function ceilDay(ms: number): number {
  return Math.ceil(ms / DAY_MS) * DAY_MS;
}

/** The window to fetch for a visible one: a margin each side so that panning does not refetch at once; whole days, as URLs name them. */
export function toFetchWindow(visible: TimelineWindow, margin = 0.25): TimelineWindow {
  const pad = windowSpan(visible) * margin;
  return {
    start: Math.max(floorDay(visible.start - pad), LIMITS.start),
    end: Math.min(ceilDay(visible.end + pad), LIMITS.end),
  };
}

export function containsWindow(outer: TimelineWindow, inner: TimelineWindow): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function ymd(ms: number): { year: number; month: number; day: number } {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The coarsest partial date that starts exactly at a day boundary. */
function dateStartingAt(ms: number): PartialDate {
  const { year, month, day } = ymd(ms);
  if (month === 1 && day === 1) return { precision: "year", year };
  if (day === 1) return { precision: "month", year, month };
  return { precision: "day", year, month, day };
}

/** The coarsest partial date that ends exactly at a day boundary (exclusive). */
function dateEndingAt(ms: number): PartialDate {
  const { month, day } = ymd(ms);
  const last = ymd(ms - DAY_MS);
  if (month === 1 && day === 1) return { precision: "year", year: last.year };
  if (day === 1) return { precision: "month", year: last.year, month: last.month };
  return { precision: "day", ...last };
}

/**
 * The URL form of a window, rounded out to whole days, each side as coarse as stays exact:
 * [2025-04-01, 2025-05-01) is start=2025-04&end=2025-04.
 */
export function windowToParams(window: TimelineWindow): { start: string; end: string } {
  const start = floorDay(window.start);
  const end = Math.max(ceilDay(window.end), start + DAY_MS);
  return { start: formatPartialDateValue(dateStartingAt(start)), end: formatPartialDateValue(dateEndingAt(end)) };
}

/** Sentinel bounds (unknown start, ongoing) are not dates; the timeline draws them to its edges. */
export function isKnownBound(ms: number): boolean {
  return ms > DATE_MIN && ms < DATE_MAX;
}
