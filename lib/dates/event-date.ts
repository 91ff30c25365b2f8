import {
  BOUND_PRECISIONS,
  formatPartialDateLabel,
  formatPartialDateValue,
  formatTimeOfDay,
  formatYear,
  MAX_YEAR,
  MIN_YEAR,
  MONTH_NAMES,
  parsePartialDate,
  partialDateSpan,
  shiftPartialDate,
  SUPPORTED_SPAN,
  SUPPORTED_YEARS_TEXT,
  type BoundPrecision,
  type PartialDate,
  type ParseResult,
} from "./partial-date";

export const START_PRECISIONS = [...BOUND_PRECISIONS, "unknown"] as const;
export type StartPrecision = (typeof START_PRECISIONS)[number];
export const END_PRECISIONS = ["none", ...BOUND_PRECISIONS, "ongoing"] as const;
export type EndPrecision = (typeof END_PRECISIONS)[number];

/** Sentinels for an unknown start and an open end; they keep the bounds sortable and indexable. */
export const DATE_MIN = -8.64e15;
export const DATE_MAX = 8.64e15;

/**
 * When an event happened, as precisely as known.
 * start null: unknown. end null: a single date (ends when its start ends); "ongoing": open-ended.
 * approximate ("circa"): the bounds are widened by one unit of precision on each side.
 */
export interface EventDate {
  start: PartialDate | null;
  end: PartialDate | "ongoing" | null;
  approximate: boolean;
  /** The IANA zone a time of day is read in; only dates with a time have one. */
  timeZone?: string | null;
}

/** The columns an event stores for its date. */
export interface StoredEventDate {
  startValue: string | null;
  startPrecision: StartPrecision;
  endValue: string | null;
  endPrecision: EndPrecision;
  approximate: boolean;
  timeZone: string | null;
  earliest: number;
  latest: number;
}

export interface DateBounds {
  earliest: number;
  latest: number;
}

/** Whether either bound is a time of day (and so the date has a time zone). */
export function hasTimeOfDay(date: EventDate): boolean {
  return date.start?.precision === "minute" || (typeof date.end === "object" && date.end?.precision === "minute");
}

/** The instants of the bounds known to the minute: what a reader sees in their own time zone. */
export function timedInstants(date: EventDate): number[] {
  const zone = date.timeZone ?? null;
  return [date.start, date.end]
    .filter((bound): bound is PartialDate => typeof bound === "object" && bound !== null && bound.precision === "minute")
    .map((bound) => partialDateSpan(bound, zone).start);
}

export function eventDateBounds(date: EventDate): DateBounds {
  const widen = date.approximate ? 1 : 0;
  const zone = date.timeZone ?? null;
  const earliest = date.start ? partialDateSpan(shiftPartialDate(date.start, -widen), zone).start : DATE_MIN;
  let latest: number;
  if (date.end === "ongoing") latest = DATE_MAX;
  else {
    const last = date.end ?? date.start;
    latest = last ? partialDateSpan(shiftPartialDate(last, widen), zone).end : DATE_MAX;
  }
  return { earliest, latest };
}

/** Returns a message when the date cannot be true; null when it is consistent. */
export function checkEventDate(date: EventDate): { field: "start" | "end"; message: string } | null {
  if (!date.start && date.end !== "ongoing" && !date.end) {
    return { field: "start", message: "An event needs a start, an end, or to be marked ongoing." };
  }
  if (hasTimeOfDay(date) && !date.timeZone) {
    return { field: date.start?.precision === "minute" ? "start" : "end", message: "A time of day needs the time zone it was given in, like Asia/Kuala_Lumpur or UTC." };
  }
  if (date.start && date.end && date.end !== "ongoing") {
    const start = partialDateSpan(date.start, date.timeZone ?? null);
    const end = partialDateSpan(date.end, date.timeZone ?? null);
    if (end.end <= start.start) {
      return {
        field: "end",
        message: `The end (${formatPartialDateLabel(date.end)}) is before the start (${formatPartialDateLabel(date.start)}).`,
      };
    }
    if (end.start === start.start && end.end === start.end) {
      return { field: "end", message: "The end is the same as the start; leave the end empty for a single date." };
    }
  }
  return checkSupportedSpan(date);
}

/**
 * Each bound's year is within the supported years, but what the date may mean can still reach past them: circa
 * widens by one unit ("c. 9999 BCE" may be 10000 BCE) and winter 9999 runs into the year 10000.
 */
function checkSupportedSpan(date: EventDate): { field: "start" | "end"; message: string } | null {
  const { earliest, latest } = eventDateBounds(date);
  const widened = date.approximate ? ", widened by “circa”," : "";
  if (date.start && earliest < SUPPORTED_SPAN.start) {
    return { field: "start", message: `${formatPartialDateLabel(date.start)}${widened} reaches before ${formatYear(MIN_YEAR)}. ${SUPPORTED_YEARS_TEXT}` };
  }
  const last = date.end === "ongoing" ? null : (date.end ?? date.start);
  if (last && latest > SUPPORTED_SPAN.end) {
    return { field: date.end ? "end" : "start", message: `${formatPartialDateLabel(last)}${widened} reaches past ${formatYear(MAX_YEAR)}. ${SUPPORTED_YEARS_TEXT}` };
  }
  return null;
}

export function toStoredEventDate(date: EventDate): StoredEventDate {
  const { earliest, latest } = eventDateBounds(date);
  return {
    startValue: date.start ? formatPartialDateValue(date.start) : null,
    startPrecision: date.start ? date.start.precision : "unknown",
    endValue: date.end && date.end !== "ongoing" ? formatPartialDateValue(date.end) : null,
    endPrecision: date.end === "ongoing" ? "ongoing" : date.end ? date.end.precision : "none",
    approximate: date.approximate,
    timeZone: hasTimeOfDay(date) ? (date.timeZone ?? null) : null,
    earliest,
    latest,
  };
}

function readStoredBound(value: string | null, precision: string): PartialDate | null {
  if (value === null) return null;
  const parsed = parsePartialDate(value);
  if (!parsed.ok) throw new Error(`Stored date "${value}" is not canonical: ${parsed.message}`);
  if (parsed.value.precision !== precision) {
    throw new Error(`Stored date "${value}" has precision ${parsed.value.precision}, column says ${precision}`);
  }
  return parsed.value;
}

export function fromStoredEventDate(
  stored: Pick<StoredEventDate, "startValue" | "startPrecision" | "endValue" | "endPrecision" | "approximate"> & { timeZone?: string | null },
): EventDate {
  return {
    start: readStoredBound(stored.startValue, stored.startPrecision),
    end: stored.endPrecision === "ongoing" ? "ongoing" : readStoredBound(stored.endValue, stored.endPrecision),
    approximate: stored.approximate,
    timeZone: stored.timeZone ?? null,
  };
}

/** Parses one bound typed at a chosen precision, with a message that says what to type instead. */
export function parseBoundAtPrecision(text: string, precision: BoundPrecision): ParseResult<PartialDate> {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) return parsed;
  if (parsed.value.precision !== precision) {
    return {
      ok: false,
      message: `“${text.trim()}” is a ${parsed.value.precision}, not a ${precision}. ${PRECISION_HINTS[precision]}`,
    };
  }
  return parsed;
}

export const PRECISION_HINTS: Record<BoundPrecision, string> = {
  minute: "Type a day and a time, like 2025-04-15 10:30, and give its time zone.",
  day: "Type a day, like 2025-06-27 or 27 June 2025.",
  month: "Type a month, like 2019-07 or July 2019.",
  quarter: "Type a quarter, like 2025-Q3 or Q3 2025.",
  season: "Type a season, like 2025-summer or Summer 2025.",
  year: "Type a year, like 2013 or 44 BCE.",
};

function sameYearRange(start: PartialDate, end: PartialDate): string | null {
  if (start.year !== end.year) return null;
  if (start.precision === "minute" && end.precision === "minute" && start.month === end.month && start.day === end.day) {
    return `${formatPartialDateLabel(start)}–${formatTimeOfDay(end)}`;
  }
  if (start.precision === "day" && end.precision === "day") {
    if (start.month === end.month) return `${start.day}–${end.day} ${MONTH_NAMES[end.month - 1]} ${formatYear(end.year)}`;
    return `${start.day} ${MONTH_NAMES[start.month - 1]} – ${end.day} ${MONTH_NAMES[end.month - 1]} ${formatYear(end.year)}`;
  }
  if (start.precision === "month" && end.precision === "month") {
    return `${MONTH_NAMES[start.month - 1]}–${MONTH_NAMES[end.month - 1]} ${formatYear(end.year)}`;
  }
  return null;
}

/**
 * "27–28 June 2025", "July 2019", "Summer 2025", "c. 2013", "since 2023", "Ongoing"; a date with a time names its zone:
 * "15 April 2025, 10:30 (Asia/Kuala_Lumpur)".
 */
export function formatEventDate(date: EventDate): string {
  const label = formatEventDateWithoutZone(date);
  return hasTimeOfDay(date) && date.timeZone ? `${label} (${date.timeZone})` : label;
}

function formatEventDateWithoutZone(date: EventDate): string {
  const circa = date.approximate ? "c. " : "";
  const { start, end } = date;
  if (end === "ongoing") return start ? `since ${circa}${formatPartialDateLabel(start)}` : "Ongoing";
  if (!start) return end ? `until ${circa}${formatPartialDateLabel(end)}` : "Date unknown";
  if (!end) return circa + formatPartialDateLabel(start);
  const range = sameYearRange(start, end) ?? `${formatPartialDateLabel(start)} – ${formatPartialDateLabel(end)}`;
  return circa + range;
}

export type DateShape = "point" | "range" | "open";

/** How the timeline draws it: a marker for one day, a bar for anything longer, an open bar when ongoing. */
export function eventDateShape(date: EventDate): DateShape {
  if (date.end === "ongoing" || !date.start) return "open";
  if (!date.end && (date.start.precision === "day" || date.start.precision === "minute") && !date.approximate) return "point";
  return "range";
}

/** Exact means known to the day (or the minute); the timeline draws anything less precise differently. */
export function isExactDate(date: EventDate): boolean {
  const dayOrNone = (bound: PartialDate | "ongoing" | null) =>
    bound === null || bound === "ongoing" || bound.precision === "day" || bound.precision === "minute";
  return !date.approximate && (date.start?.precision === "day" || date.start?.precision === "minute") && dayOrNone(date.end);
}

export function compareByDate(a: DateBounds & { id: number }, b: DateBounds & { id: number }): number {
  return a.earliest - b.earliest || a.latest - b.latest || a.id - b.id;
}

/** Half-open overlap: an event overlaps [start, end) when it may have happened inside it. */
export function overlapsPeriod(bounds: DateBounds, period: { start: number; end: number }): boolean {
  return bounds.earliest < period.end && bounds.latest > period.start;
}
