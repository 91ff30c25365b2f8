import type { EventDate } from "@/lib/dates/event-date";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { checkWeekday, completeBound, fillRangeGaps, isShortEndYear } from "./complete-bound";
import { parseFragment, QUALIFIER_ON_SINGLE_DATE } from "./fragments";
import { fail, ok, unreadable, type Fragment, type Outcome, type ParsedFragment, type Reading } from "./types";

const RANGE_SEPARATOR = /\s*(?:-|–|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*/g;
const BETWEEN_SEPARATOR = /\s+and\s+/g;
/** Words that end a range that has not ended: "2023 – present". */
const ONGOING_END = /^(?:the )?(?:present(?: day)?|now|ongoing|today|date)$/;
const ONGOING_ALONE = /^(?:the )?(?:present(?: day)?|ongoing)$/;

const SHORT_END_YEAR = "Write the end year in full, like 2019–2021; Chronicle does not guess the century.";
const NO_END = "The range has no end. If it is still going on, write it like 2023–present.";
const NO_START = "Give the start too, like since 2023 or 2023–present.";
const LONE_NUMBER =
  "A number alone could be a day or a year. Add the month and year, like 27 June 2025, or write a year before 100 with AD, like AD 79.";

/**
 * Every way the text can be read as a date (two for "04/07/2025"), or why it cannot. Never empty.
 * "since 2023", "from May 2024", "until 2025", "between 1974 and 1976", a single date, or a range.
 */
export function readDates(text: string): Outcome<Reading>[] {
  let m: RegExpMatchArray | null;
  // A stored year before the common era ("-0043-03-15"): its sign is no range's dash.
  if (/^-\d{4}(?:$|-)/.test(text)) return [readStoredDate(text)];
  if ((m = text.match(/^since (.+)$/))) return readOneDate(m[1]!, ongoingFrom);
  if ((m = text.match(/^(?:until|till|up to) (.+)$/))) return readOneDate(m[1]!, endingAt);
  if ((m = text.match(/^between (.+)$/))) return orUnreadable(readRange(m[1]!, BETWEEN_SEPARATOR));
  if ((m = text.match(/^from (.+)$/))) return readOneDateOrRange(m[1]!, ongoingFrom);
  if (ONGOING_ALONE.test(text)) return [fail(NO_START)];
  return readOneDateOrRange(text, singleDate);
}

type DateFromBound = (bound: PartialDate, parsed: ParsedFragment) => Outcome<EventDate>;

const singleDate: DateFromBound = (bound, parsed) => ok({ start: bound, end: null, approximate: parsed.approximate });
const ongoingFrom: DateFromBound = (bound, parsed) => ok({ start: bound, end: "ongoing", approximate: parsed.approximate });
const endingAt: DateFromBound = (bound, parsed) =>
  parsed.qualifier ? fail(QUALIFIER_ON_SINGLE_DATE) : ok({ start: null, end: bound, approximate: parsed.approximate });

function readStoredDate(text: string): Outcome<Reading> {
  const parsed = parsePartialDate(text);
  return parsed.ok ? ok({ date: { start: parsed.value, end: null, approximate: false }, qualifier: null, order: null }) : fail(parsed.message);
}

function readOneDate(text: string, toDate: DateFromBound): Outcome<Reading>[] {
  const parsed = parseFragment(text);
  return parsed.ok ? readEachWay(parsed.value, toDate) : [parsed];
}

function readOneDateOrRange(text: string, toDate: DateFromBound): Outcome<Reading>[] {
  const whole = parseFragment(text);
  if (whole.ok) return readEachWay(whole.value, toDate);
  const range = readRange(text, RANGE_SEPARATOR);
  return range.length > 0 ? range : [whole];
}

function orUnreadable(readings: Outcome<Reading>[]): Outcome<Reading>[] {
  return readings.length > 0 ? readings : [unreadable()];
}

/** Builds a date from every way the numbers of one date can be read. */
function readEachWay(parsed: ParsedFragment, toDate: DateFromBound): Outcome<Reading>[] {
  return parsed.readings.map((fragment) => {
    if (isLoneNumber(fragment)) return fail(LONE_NUMBER);
    const bound = completeSide(fragment, parsed);
    if (!bound.ok) return bound;
    const date = toDate(bound.value, parsed);
    if (!date.ok) return date;
    return ok({ date: date.value, qualifier: parsed.qualifier, order: fragment.order ?? null });
  });
}

function isLoneNumber({ day, month, year }: Fragment): boolean {
  return day !== undefined && month === undefined && year === undefined;
}

function completeSide(fragment: Fragment, parsed: ParsedFragment): Outcome<PartialDate> {
  const bound = completeBound(fragment);
  if (!bound.ok) return bound;
  const weekdayProblem = checkWeekday(bound.value, parsed.weekday);
  return weekdayProblem ? fail(weekdayProblem) : bound;
}

/**
 * Tries the text as a range at every separator ("2025-06-27 - 2025-06-28" has several hyphens). Empty when no split
 * reads as a date on either side; when none reads on both sides, the error of the side that did not read.
 */
function readRange(text: string, separator: RegExp): Outcome<Reading>[] {
  const attempts = splitAt(text, separator).map(({ left, right }) => ({ start: parseFragment(left), end: parseEnd(right) }));
  const readings: Outcome<Reading>[] = [];
  for (const { start, end } of attempts) {
    if (start.ok && end.ok) readings.push(...combine(start.value, end.value));
  }
  if (readings.length > 0) return readings;
  const halfRead = attempts.find(({ start, end }) => start.ok || end.ok);
  const failedSide = halfRead && (halfRead.start.ok ? halfRead.end : halfRead.start);
  return failedSide && !failedSide.ok ? [failedSide] : [];
}

function splitAt(text: string, separator: RegExp): { left: string; right: string }[] {
  return [...text.matchAll(separator)].map((match) => ({
    left: text.slice(0, match.index).trim(),
    right: text.slice(match.index + match[0].length).trim(),
  }));
}

function parseEnd(text: string): Outcome<ParsedFragment | "ongoing"> {
  if (!text) return fail(NO_END);
  return ONGOING_END.test(text) ? ok("ongoing") : parseFragment(text);
}

function combine(start: ParsedFragment, end: ParsedFragment | "ongoing"): Outcome<Reading>[] {
  if (end === "ongoing") return readEachWay(start, ongoingFrom);
  if (start.qualifier || end.qualifier) return [fail(QUALIFIER_ON_SINGLE_DATE)];
  const readings = start.readings.flatMap((first) =>
    end.readings.map((last) => combineReadings(first, last, start, end)),
  );
  return orUnreadable(readings.filter((reading): reading is Outcome<Reading> => reading !== null));
}

/** null when the two readings cannot belong together (see fillRangeGaps). */
function combineReadings(first: Fragment, last: Fragment, start: ParsedFragment, end: ParsedFragment): Outcome<Reading> | null {
  if (isShortEndYear(first, last)) return fail(SHORT_END_YEAR);
  const filled = fillRangeGaps(first, last);
  if (!filled) return null;
  const startBound = completeSide(filled.start, start);
  if (!startBound.ok) return startBound;
  const endBound = completeSide(filled.end, end);
  if (!endBound.ok) return endBound;
  const date = { start: startBound.value, end: endBound.value, approximate: start.approximate || end.approximate };
  return ok({ date, qualifier: null, order: first.order ?? last.order ?? null });
}
