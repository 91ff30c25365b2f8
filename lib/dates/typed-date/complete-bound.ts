import {
  daysInMonth,
  astronomicalYearOf,
  formatPartialDateLabel,
  formatYear,
  MAX_YEAR,
  MIN_YEAR,
  MONTH_NAMES,
  SUPPORTED_YEARS_TEXT,
  type PartialDate,
} from "@/lib/dates/partial-date";
import { WEEKDAY_NAMES } from "./tokens";
import { fail, ok, type Fragment, type Outcome } from "./types";

export const YEAR_MISSING = "The year is missing, and Chronicle does not assume one. Add it, like 27 June 2025.";

/** Turns what the text said into a date of exactly that precision, or says what is missing or impossible. */
export function completeBound(fragment: Fragment): Outcome<PartialDate> {
  const { year, month, day, quarter, season } = fragment;
  if (year === undefined) return fail(YEAR_MISSING);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`The year ${formatYear(year)} is outside what Chronicle keeps. ${SUPPORTED_YEARS_TEXT}`);
  if (day !== undefined) return completeDay(year, month, day);
  if (month !== undefined) return completeMonth(year, month);
  if (quarter !== undefined) return ok({ precision: "quarter", year, quarter });
  if (season !== undefined) return ok({ precision: "season", year, season });
  return ok({ precision: "year", year });
}

function completeDay(year: number, month: number | undefined, day: number): Outcome<PartialDate> {
  if (month === undefined) return fail("The month is missing. Add it, like 27 June 2025.");
  if (!isMonth(month)) return fail(noSuchMonth(month));
  const last = daysInMonth(year, month);
  const monthName = MONTH_NAMES[month - 1]!;
  const yearName = formatYear(year);
  if (day < 1 || day > last) return fail(`${monthName} ${yearName} has ${last} days; there is no ${day} ${monthName} ${yearName}.`);
  return ok({ precision: "day", year, month, day });
}

function completeMonth(year: number, month: number): Outcome<PartialDate> {
  return isMonth(month) ? ok({ precision: "month", year, month }) : fail(noSuchMonth(month));
}

const isMonth = (month: number) => month >= 1 && month <= 12;
const noSuchMonth = (month: number) => `There is no month ${month}; months run 1–12.`;

/** A weekday typed with a date is only a check on it: null when it agrees, else why not. */
export function checkWeekday(bound: PartialDate, weekday: number | null): string | null {
  if (weekday === null) return null;
  const named = WEEKDAY_NAMES[weekday]!;
  const label = formatPartialDateLabel(bound);
  if (bound.precision !== "day") return `${named} names a single day, but ${label} is a whole ${bound.precision}.`;
  const actual = weekdayOf(bound.year, bound.month, bound.day);
  return actual === weekday ? null : `${label} is a ${WEEKDAY_NAMES[actual]}, not a ${named}.`;
}

function weekdayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDay();
}

/**
 * English leaves out of the start of a range what its end says: "27–28 June 2025", "June 27–28, 2025",
 * "30 June – 2 July 2025". null when the two readings cannot belong together: both sides of 04/07–06/07/2025 are
 * read the same way round, and "27-28/6/2025" only day first, since a bare first day only makes sense before the
 * day of a day-first date.
 */
export function fillRangeGaps(written: Fragment, end: Fragment): { start: Fragment; end: Fragment } | null {
  const start = yearBeforeEraYear(written, end) ?? written;
  if (start.order && end.order && start.order !== end.order) return null;
  const startIsBareDay = start.day !== undefined && start.month === undefined;
  if (startIsBareDay && end.order === "month-first") return null;
  const filledStart: Fragment = { ...start, year: startYear(start, end) };
  if (startIsBareDay && end.day !== undefined) filledStart.month = end.month;
  const filledEnd: Fragment = { ...end };
  if (end.day !== undefined && end.month === undefined && start.day !== undefined) filledEnd.month = start.month;
  return { start: filledStart, end: filledEnd };
}

/** The start's year, or the end's when it has none; "500–400 BC" puts the start before the common era too. */
function startYear(start: Fragment, end: Fragment): number | undefined {
  if (start.year === undefined) return end.year;
  return end.era === "bce" && start.era === undefined ? astronomicalYearOf(start.year, "bce") : start.year;
}

/** "49–45 BC", "14–37 AD": a bare number before a year given with its era is a year of that era too, not a day. */
function yearBeforeEraYear(start: Fragment, end: Fragment): Fragment | null {
  const endIsEraYear = end.era !== undefined && Object.entries(end).every(([key, value]) => key === "year" || key === "era" || value === undefined);
  return endIsEraYear && saysOnly(start, "day") && start.day! >= 1 ? { year: start.day } : null;
}

/** "2019–21": the end is a bare two-digit number after a year. */
export function isShortEndYear(start: Fragment, end: Fragment): boolean {
  return saysOnly(start, "year") && saysOnly(end, "day");
}

function saysOnly(fragment: Fragment, field: keyof Fragment): boolean {
  return Object.entries(fragment).every(([key, value]) => (key === field) === (value !== undefined));
}
