import { daysInMonth, formatYear, MAX_YEAR, MIN_YEAR, MONTH_NAMES, SUPPORTED_YEARS_TEXT, type PartialDate } from "@/lib/dates/partial-date";
import type { TypedTime } from "@/lib/dates/typed-date/parse-typed-date";

/** A TimelineJS date part: a number in JSON, text in a spreadsheet, absent when not given. */
export type DatePart = number | string | null | undefined;

export interface TimelineDateParts {
  year?: DatePart;
  month?: DatePart;
  day?: DatePart;
  hour?: DatePart;
  minute?: DatePart;
  second?: DatePart;
  millisecond?: DatePart;
}

/** The file's names for the parts, for messages: "Year" in a sheet, "start_date.year" in JSON. */
export interface TimelineDateColumns {
  year: string;
  month: string;
  day: string;
  time: string;
}

export interface ColumnProblem {
  column: string;
  message: string;
}

export type TimelineDateRead =
  | { ok: true; date: PartialDate; time: TypedTime | null; warnings: string[] }
  | { ok: false; errors: ColumnProblem[] };

type NumberRead = { ok: true; value: number | undefined } | { ok: false; message: string };

function readWholeNumber(part: DatePart, what: string): NumberRead {
  if (part === null || part === undefined) return { ok: true, value: undefined };
  if (typeof part === "number") {
    return Number.isInteger(part) ? { ok: true, value: part } : { ok: false, message: `The ${what} ${part} is not a whole number.` };
  }
  const text = part.trim();
  if (text === "") return { ok: true, value: undefined };
  // Spreadsheets sometimes save whole numbers as "2025.0".
  if (/^[+-]?\d+(\.0+)?$/.test(text)) return { ok: true, value: Math.trunc(Number(text)) };
  return { ok: false, message: `The ${what} “${text}” is not a whole number.` };
}

/**
 * TimelineJS writes years before the common era as negative numbers the way people count them: -44 is 44 BCE.
 * Chronicle's years are astronomical (44 BCE is -43), so the year moves by one; there is no year 0 to move.
 */
export function astronomicalYear(timelineYear: number): number {
  return timelineYear < 0 ? timelineYear + 1 : timelineYear;
}

export function yearProblem(timelineYear: number): string | null {
  if (timelineYear === 0) return "There is no year 0: TimelineJS writes 1 BCE as -1 and 1 CE as 1.";
  const year = astronomicalYear(timelineYear);
  const named = timelineYear < 0 ? `Year ${timelineYear} (${formatYear(year)})` : `Year ${timelineYear}`;
  if (year < MIN_YEAR || year > MAX_YEAR) return `${named} is outside what Chronicle keeps. ${SUPPORTED_YEARS_TEXT}`;
  return null;
}

function readCalendarDate(timelineYear: number | undefined, month: number | undefined, day: number | undefined, columns: TimelineDateColumns): { ok: true; date: PartialDate } | { ok: false; error: ColumnProblem } {
  const fail = (column: string, message: string) => ({ ok: false as const, error: { column, message } });
  if (timelineYear === undefined) return fail(columns.year, "The year is missing; TimelineJS dates need at least a year.");
  const problem = yearProblem(timelineYear);
  if (problem) return fail(columns.year, problem);
  const year = astronomicalYear(timelineYear);
  if (month === undefined) {
    return day === undefined ? { ok: true, date: { precision: "year", year } } : fail(columns.day, `A day (${day}) without a month is not a date; add the month.`);
  }
  if (month < 1 || month > 12) return fail(columns.month, `There is no month ${month}; months run 1–12.`);
  if (day === undefined) return { ok: true, date: { precision: "month", year, month } };
  const last = daysInMonth(year, month);
  const monthName = MONTH_NAMES[month - 1]!;
  const yearName = formatYear(year);
  if (day < 1 || day > last) return fail(columns.day, `${monthName} ${yearName} has ${last} days; there is no ${day} ${monthName} ${yearName}.`);
  return { ok: true, date: { precision: "day", year, month, day } };
}

function readClock(parts: { hour?: number; minute?: number; second?: number; millisecond?: number }, date: PartialDate, column: string): { ok: true; time: TypedTime | null; warnings: string[] } | { ok: false; error: ColumnProblem } {
  const { hour, minute, second, millisecond } = parts;
  const fail = (message: string) => ({ ok: false as const, error: { column, message } });
  if (hour === undefined && minute === undefined && second === undefined && millisecond === undefined) return { ok: true, time: null, warnings: [] };
  if (date.precision !== "day") return fail(`A time needs a day, but this date gives only ${date.precision === "month" ? "a month" : "a year"}; add the day or leave out the time.`);
  if (hour === undefined) return fail("The time has no hour; give it like 14:30.");
  if (hour < 0 || hour > 23) return fail(`There is no hour ${hour}; hours run 0–23.`);
  if (minute === undefined) {
    // Chronicle keeps times to the minute; an hour alone is not given a minute it did not have.
    return { ok: true, time: null, warnings: [`The time gives the hour (${hour}) but no minute; Chronicle keeps times to the minute, so the time was left out.`] };
  }
  if (minute < 0 || minute > 59) return fail(`There is no minute ${minute}; minutes run 0–59.`);
  if (second !== undefined && (second < 0 || second > 59)) return fail(`There is no second ${second}; seconds run 0–59.`);
  const warnings = (second ?? 0) !== 0 || (millisecond ?? 0) !== 0 ? ["Chronicle keeps times to the minute; the seconds were left out."] : [];
  return { ok: true, time: { hour, minute, zone: null }, warnings };
}

/**
 * A TimelineJS date at exactly the precision it has: a year, a month or a day, and a time of day only with a day.
 * Nothing missing is filled in; a negative year is a year before the common era (-44 is 44 BCE).
 */
export function readTimelineDate(parts: TimelineDateParts, columns: TimelineDateColumns): TimelineDateRead {
  const numbers: Record<keyof TimelineDateParts, number | undefined> = { year: undefined, month: undefined, day: undefined, hour: undefined, minute: undefined, second: undefined, millisecond: undefined };
  const errors: ColumnProblem[] = [];
  for (const key of Object.keys(numbers) as (keyof TimelineDateParts)[]) {
    const column = key === "year" || key === "month" || key === "day" ? columns[key] : columns.time;
    const read = readWholeNumber(parts[key], key);
    if (read.ok) numbers[key] = read.value;
    else errors.push({ column, message: read.message });
  }
  if (errors.length > 0) return { ok: false, errors };
  const calendar = readCalendarDate(numbers.year, numbers.month, numbers.day, columns);
  if (!calendar.ok) return { ok: false, errors: [calendar.error] };
  const clock = readClock(numbers, calendar.date, columns.time);
  if (!clock.ok) return { ok: false, errors: [clock.error] };
  return { ok: true, date: calendar.date, time: clock.time, warnings: clock.warnings };
}

const SHEET_TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\.(\d{1,3}))?(?:\s*([ap])\.?m\.?)?$/i;

/** A spreadsheet's Time cell ("14:30", "2:30 PM", "14:30:15") as date parts; null when there is none. */
export function readSheetTime(text: string, column: string): { ok: true; parts: TimelineDateParts } | { ok: false; error: ColumnProblem } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, parts: {} };
  const match = trimmed.match(SHEET_TIME);
  if (!match) return { ok: false, error: { column, message: `“${trimmed}” is not a time; write it like 14:30 or 2:30 PM.` } };
  const [, hourText, minute, second, millisecond, meridiem] = match;
  let hour = Number(hourText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, error: { column, message: `With AM or PM the hour runs 1–12; “${trimmed}” is not a time.` } };
    hour = (hour % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  return { ok: true, parts: { hour, minute, second, millisecond } };
}
