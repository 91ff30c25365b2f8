import { zonedTimeToUtc } from "./time-zone";

/**
 * A date known only as precisely as its source says: a time of day, a day, a month, a quarter, a season or a year.
 * Canonical stored forms: "2025-04-15T10:30", "2025-06-27", "2019-07", "2025-Q3", "2025-summer", "2013".
 * Calendar dates are UTC days; a time of day is a wall-clock time in the event's time zone (lib/dates/time-zone.ts);
 * spans are half-open [start, end) in ms since the epoch.
 */

export const BOUND_PRECISIONS = ["minute", "day", "month", "quarter", "season", "year"] as const;
export type BoundPrecision = (typeof BOUND_PRECISIONS)[number];

export const SEASONS = ["spring", "summer", "autumn", "winter"] as const;
export type Season = (typeof SEASONS)[number];

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export type PartialDate =
  | { precision: "minute"; year: number; month: number; day: number; hour: number; minute: number }
  | { precision: "day"; year: number; month: number; day: number }
  | { precision: "month"; year: number; month: number }
  | { precision: "quarter"; year: number; quarter: number }
  | { precision: "season"; year: number; season: Season }
  | { precision: "year"; year: number };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The years Chronicle keeps: 9999 BCE to 9999 CE. Years are astronomical, as in ISO 8601: 0 is 1 BCE and -43 is
 * 44 BCE, so that arithmetic and JavaScript's Date need no gap; only labels and typed text speak of BCE. Every layer
 * agrees on the span (stored values, bounds, the count tables' periods, chart buckets, labels); an event may not
 * even possibly fall outside it (see checkEventDate).
 */
export const MIN_YEAR = -9998;
export const MAX_YEAR = 9999;

/** Meteorological seasons of the northern hemisphere; winter 2025 runs December 2025 – February 2026. */
const SEASON_START_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

const MONTH_LOOKUP = new Map<string, number>(
  MONTH_NAMES.flatMap((name, index) => [
    [name.toLowerCase(), index + 1],
    [name.slice(0, 3).toLowerCase(), index + 1],
  ]),
);
const SEASON_ALIASES: Record<string, Season> = { fall: "autumn" };

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

function utc(year: number, month: number, day = 1): number {
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are; month and day may overflow.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export type Era = "bce" | "ce";

export const NO_YEAR_ZERO = "There is no year 0: 1 BCE is followed by 1 CE.";

/** The astronomical year of a year written with its era: 44 BCE is -43, 1 BCE is 0, 79 CE is 79. */
export const astronomicalYearOf = (written: number, era: Era): number => (era === "bce" ? 1 - written : written);

/** A year as people count it, without its era: -43 is 44 (BCE), 0 is 1 (BCE), 79 is 79. */
export const countedYear = (year: number): number => (year <= 0 ? 1 - year : year);

/** "44 BCE", "79 CE", "2025": BCE for astronomical years up to 0, CE under 1000 where a bare number reads like a day. */
export function formatYear(year: number): string {
  if (year <= 0) return `${countedYear(year)} BCE`;
  return year < 1000 ? `${year} CE` : String(year);
}

export const SUPPORTED_YEARS_TEXT = `Chronicle keeps dates from ${formatYear(MIN_YEAR)} to ${MAX_YEAR} CE.`;

/** [1 January of MIN_YEAR, 1 January after MAX_YEAR): everything an event may mean lies inside it. */
export const SUPPORTED_SPAN = {
  start: utc(MIN_YEAR, 1),
  end: utc(MAX_YEAR + 1, 1),
} as const;

function checkYear(year: number): string | null {
  return year < MIN_YEAR || year > MAX_YEAR ? `The year ${formatYear(year)} is outside what Chronicle keeps. ${SUPPORTED_YEARS_TEXT}` : null;
}

/** "44 BC", "March 44 BCE", "AD 79", "79 CE": the era word after the year, or AD before it. */
const ERA_AFTER_YEAR = /^(.*?)\b(\d{1,4}) ?(bce|bc|b\.c\.e\.?|b\.c\.?|ce|ad|c\.e\.?|a\.d\.?)$/;
const AD_BEFORE_YEAR = /^(ad|a\.d\.?) (\d{1,4})$/;

/** Rewrites a year written with its era as the signed four-digit astronomical year the forms below read. */
function withAstronomicalYear(text: string): ParseResult<string> {
  const before = text.match(AD_BEFORE_YEAR);
  if (before) return eraYear("", +before[2]!, "ce");
  const after = text.match(ERA_AFTER_YEAR);
  return after ? eraYear(after[1]!, +after[2]!, after[3]!.startsWith("b") ? "bce" : "ce") : { ok: true, value: text };
}

function eraYear(rest: string, written: number, era: Era): ParseResult<string> {
  if (written === 0) return { ok: false, message: NO_YEAR_ZERO };
  return { ok: true, value: `${rest}${signedYear(astronomicalYearOf(written, era))}` };
}

function makeDay(year: number, month: number, day: number): ParseResult<PartialDate> {
  const yearError = checkYear(year);
  if (yearError) return { ok: false, message: yearError };
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}; months run 1–12.` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { ok: false, message: `${MONTH_NAMES[month - 1]} ${formatYear(year)} has ${last} days; day ${day} does not exist.` };
  }
  return { ok: true, value: { precision: "day", year, month, day } };
}

function makeMonth(year: number, month: number): ParseResult<PartialDate> {
  const yearError = checkYear(year);
  if (yearError) return { ok: false, message: yearError };
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}; months run 1–12.` };
  return { ok: true, value: { precision: "month", year, month } };
}

function makeYear(year: number): ParseResult<PartialDate> {
  const yearError = checkYear(year);
  return yearError ? { ok: false, message: yearError } : { ok: true, value: { precision: "year", year } };
}

function withYear(year: number, value: PartialDate): ParseResult<PartialDate> {
  const yearError = checkYear(year);
  return yearError ? { ok: false, message: yearError } : { ok: true, value };
}

function makeMinute(year: number, month: number, day: number, hour: number, minute: number): ParseResult<PartialDate> {
  const dayResult = makeDay(year, month, day);
  if (!dayResult.ok) return dayResult;
  if (hour > 23 || minute > 59) return { ok: false, message: `${pad(hour)}:${pad(minute)} is not a time of day; use 00:00 to 23:59.` };
  return { ok: true, value: { precision: "minute", year, month, day, hour, minute } };
}

/**
 * Reads a partial date in its canonical form or as articles write it:
 * "2025-04-15T10:30", "2025-04-15 10:30", "2025-06-27", "27 June 2025", "June 27, 2025", "2019-07", "July 2019",
 * "2025-Q3", "Q3 2025", "2025-summer", "Summer 2025", "2013".
 */
export function parsePartialDate(input: string): ParseResult<PartialDate> {
  const tidied = input.trim().toLowerCase().replace(/\s+/g, " ").replace(/,/g, "");
  if (!tidied) return { ok: false, message: "Enter a date." };
  const era = withAstronomicalYear(tidied);
  if (!era.ok) return era;
  const text = era.value;
  let m: RegExpMatchArray | null;

  if ((m = text.match(/^(-?\d{4})-(\d{2})-(\d{2})[t ](\d{1,2}):(\d{2})$/))) return makeMinute(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);

  if ((m = text.match(/^(-?\d{4})-(\d{2})-(\d{2})$/))) return makeDay(+m[1]!, +m[2]!, +m[3]!);
  if ((m = text.match(/^(-?\d{4})-(\d{2})$/))) return makeMonth(+m[1]!, +m[2]!);
  if ((m = text.match(/^(-?\d{4})$/))) return makeYear(+m[1]!);
  if ((m = text.match(/^(-?\d{4})-q([1-4])$/))) {
    return withYear(+m[1]!, { precision: "quarter", year: +m[1]!, quarter: +m[2]! });
  }
  if ((m = text.match(/^q([1-4]) (-?\d{4})$/))) {
    return withYear(+m[2]!, { precision: "quarter", year: +m[2]!, quarter: +m[1]! });
  }
  const named = text.match(/^(-?\d{4})-([a-z]+)$/) ?? text.match(/^([a-z]+) (-?\d{4})$/);
  if (named) {
    const [yearText, word] = /^-?\d/.test(named[1]!) ? [named[1]!, named[2]!] : [named[2]!, named[1]!];
    const year = +yearText;
    const season = (SEASONS as readonly string[]).includes(word) ? (word as Season) : SEASON_ALIASES[word];
    if (season) return withYear(year, { precision: "season", year, season });
    const month = MONTH_LOOKUP.get(word);
    if (month) return makeMonth(year, month);
  }
  if ((m = text.match(/^(\d{1,2}) ([a-z]+) (-?\d{4})$/)) || (m = text.match(/^([a-z]+) (\d{1,2}) (-?\d{4})$/))) {
    const [dayText, monthText] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const month = MONTH_LOOKUP.get(monthText);
    if (month) return makeDay(+m[3]!, month, +dayText);
  }
  return {
    ok: false,
    message: `“${input.trim()}” is not a date Chronicle can read. Use 2025-06-27, 2019-07, 2025-Q3, 2025-summer, 2013 or 44 BCE.`,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The stored form of an astronomical year: "2025", "0079", "0000" (1 BCE), "-0043" (44 BCE). */
export function signedYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/** n mod m, never negative: months, quarters and seasons of years before the common era. */
export const floorMod = (n: number, m: number): number => ((n % m) + m) % m;

/** The canonical stored form. */
export function formatPartialDateValue(date: PartialDate): string {
  const year = signedYear(date.year);
  switch (date.precision) {
    case "minute": return `${year}-${pad(date.month)}-${pad(date.day)}T${pad(date.hour)}:${pad(date.minute)}`;
    case "day": return `${year}-${pad(date.month)}-${pad(date.day)}`;
    case "month": return `${year}-${pad(date.month)}`;
    case "quarter": return `${year}-Q${date.quarter}`;
    case "season": return `${year}-${date.season}`;
    case "year": return year;
  }
}

/**
 * Half-open span [start, end) in ms since the epoch. A time of day is read in `zone` (an IANA name; UTC when none), so
 * 10:30 in Kuala Lumpur is 02:30 UTC; every coarser precision is a span of UTC days.
 */
export function partialDateSpan(date: PartialDate, zone: string | null = null): { start: number; end: number } {
  switch (date.precision) {
    case "minute": {
      const start = zonedTimeToUtc(date, zone ?? "UTC");
      return { start, end: start + 60_000 };
    }
    case "day": return { start: utc(date.year, date.month, date.day), end: utc(date.year, date.month, date.day + 1) };
    case "month": return { start: utc(date.year, date.month), end: utc(date.year, date.month + 1) };
    case "quarter": {
      const first = (date.quarter - 1) * 3 + 1;
      return { start: utc(date.year, first), end: utc(date.year, first + 3) };
    }
    case "season": {
      const first = SEASON_START_MONTH[date.season];
      return { start: utc(date.year, first), end: utc(date.year, first + 3) };
    }
    case "year": return { start: utc(date.year, 1), end: utc(date.year + 1, 1) };
  }
}

/** One unit of the date's precision, used to widen approximate ("circa") dates. */
export function shiftPartialDate(date: PartialDate, units: number): PartialDate {
  switch (date.precision) {
    case "minute": {
      const shifted = new Date(utc(date.year, date.month, date.day) + (date.hour * 60 + date.minute + units) * 60_000);
      return { precision: "minute", year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() };
    }
    case "day": {
      const shifted = new Date(utc(date.year, date.month, date.day + units));
      return { precision: "day", year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
    }
    case "month": {
      const index = date.year * 12 + (date.month - 1) + units;
      return { precision: "month", year: Math.floor(index / 12), month: floorMod(index, 12) + 1 };
    }
    case "quarter": {
      const index = date.year * 4 + (date.quarter - 1) + units;
      return { precision: "quarter", year: Math.floor(index / 4), quarter: floorMod(index, 4) + 1 };
    }
    case "season": {
      const index = date.year * 4 + SEASONS.indexOf(date.season) + units;
      return { precision: "season", year: Math.floor(index / 4), season: SEASONS[floorMod(index, 4)]! };
    }
    case "year": return { precision: "year", year: date.year + units };
  }
}

/** "10:30": a time of day as the event's zone reads it. */
export function formatTimeOfDay(date: { hour: number; minute: number }): string {
  return `${pad(date.hour)}:${pad(date.minute)}`;
}

export function formatPartialDateLabel(date: PartialDate): string {
  const year = formatYear(date.year);
  switch (date.precision) {
    case "minute": return `${date.day} ${MONTH_NAMES[date.month - 1]} ${year}, ${formatTimeOfDay(date)}`;
    case "day": return `${date.day} ${MONTH_NAMES[date.month - 1]} ${year}`;
    case "month": return `${MONTH_NAMES[date.month - 1]} ${year}`;
    case "quarter": return `Q${date.quarter} ${year}`;
    case "season": return `${date.season[0]!.toUpperCase()}${date.season.slice(1)} ${year}`;
    case "year": return year;
  }
}
