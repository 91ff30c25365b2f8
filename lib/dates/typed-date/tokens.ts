import { MONTH_NAMES, SEASONS, type Era, type Season } from "@/lib/dates/partial-date";
import { fail, ok, unreadable, type Fragment, type Outcome, type Qualifier } from "./types";

/**
 * One word of a date. A 1–2 digit number is a day unless an era ("AD", "CE", "BC", "BCE") marks it as a year. A year's
 * value is astronomical once its era is read (44 BC is -43, see lib/dates/partial-date.ts).
 */
export type Token =
  | { kind: "number"; value: number }
  | { kind: "year"; value: number; era?: Era }
  | { kind: "month"; month: number }
  | { kind: "season"; season: Season }
  | { kind: "quarter"; quarter: number }
  | { kind: "weekday"; weekday: number }
  | { kind: "circa" }
  | { kind: "qualifier"; qualifier: Qualifier }
  | { kind: "era"; era: Era }
  | { kind: "calendar"; readings: Fragment[] };

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const MONTH_WORDS = new Map<string, number>([
  ...MONTH_NAMES.flatMap((name, index): [string, number][] => [
    [name.toLowerCase(), index + 1],
    [name.slice(0, 3).toLowerCase(), index + 1],
  ]),
  ["sept", 9],
]);
const WEEKDAY_WORDS = new Map<string, number>([
  ...WEEKDAY_NAMES.flatMap((name, index): [string, number][] => [
    [name.toLowerCase(), index],
    [name.slice(0, 3).toLowerCase(), index],
  ]),
  ["tues", 2], ["wednes", 3], ["thur", 4], ["thurs", 4],
]);
const SEASON_WORDS = new Map<string, Season>([...SEASONS.map((season): [string, Season] => [season, season]), ["fall", "autumn"]]);
const CIRCA_WORDS = new Set(["circa", "c.", "c", "ca.", "ca", "approx.", "approx", "approximately", "about", "around", "~"]);
const QUALIFIER_WORDS = new Set<string>(["early", "mid", "late"]);
const ERA_WORDS = new Set(["ad", "a.d.", "a.d", "ce", "c.e.", "c.e"]);
const BEFORE_COMMON_ERA_WORDS = new Set(["bc", "b.c.", "b.c", "bce", "b.c.e.", "b.c.e"]);
/** Words that carry nothing: "the 27th of June". */
export const FILLER_WORDS = new Set(["the", "of", "on"]);

export function readWord(word: string): Outcome<Token> {
  const bare = word.replace(/\.$/, "");
  if (/^\d{1,2}$/.test(word)) return ok({ kind: "number", value: Number(word) });
  if (/^\d{3,}$/.test(word)) return ok({ kind: "year", value: Number(word) });
  const month = MONTH_WORDS.get(bare);
  if (month) return ok({ kind: "month", month });
  const season = SEASON_WORDS.get(word);
  if (season) return ok({ kind: "season", season });
  const weekday = WEEKDAY_WORDS.get(bare);
  if (weekday !== undefined) return ok({ kind: "weekday", weekday });
  if (CIRCA_WORDS.has(word)) return ok({ kind: "circa" });
  if (QUALIFIER_WORDS.has(word)) return ok({ kind: "qualifier", qualifier: word as Qualifier });
  if (ERA_WORDS.has(word)) return ok({ kind: "era", era: "ce" });
  if (BEFORE_COMMON_ERA_WORDS.has(word)) return ok({ kind: "era", era: "bce" });
  const quarter = word.match(/^q(\d+)$/);
  if (quarter) return readQuarter(Number(quarter[1]));
  return readSpecialWord(word);
}

function readQuarter(quarter: number): Outcome<Token> {
  return quarter >= 1 && quarter <= 4
    ? ok({ kind: "quarter", quarter })
    : fail(`There is no Q${quarter}; quarters run Q1–Q4.`);
}

/** Whole dates written as one word, and the words that are refused with a reason. */
function readSpecialWord(word: string): Outcome<Token> {
  const calendar = readCalendarWord(word);
  if (calendar) return calendar.ok ? ok({ kind: "calendar", readings: calendar.value }) : calendar;
  if (/^'?\d*0s$/.test(word)) {
    return fail(`“${word}” is a decade or a century; type the years it covers as a range, like 1970–1979.`);
  }
  return unreadable();
}

/**
 * "2025-06-27", "2019-07", "2025-Q3", "2025-summer", "2025/06/27", and the numeric day–month forms
 * "27/6/2025", "04-07-2025", "4.7.2025", "27/6" that may be read day first or month first.
 * null when the word is none of these.
 */
function readCalendarWord(word: string): Outcome<Fragment[]> | null {
  let m: RegExpMatchArray | null;
  if ((m = word.match(/^(\d{4,})-(\d{1,2})-(\d{1,2})$/) ?? word.match(/^(\d{4,})[/.](\d{1,2})[/.](\d{1,2})$/))) {
    return ok([{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }]);
  }
  // Two digits at most, and at most 12: "2019-21" is a range of years, not month 21.
  if ((m = word.match(/^(\d{4,})-(0?[1-9]|1[0-2])$/))) return ok([{ year: Number(m[1]), month: Number(m[2]) }]);
  if ((m = word.match(/^(\d{4,})-q(\d+)$/))) {
    const quarter = readQuarter(Number(m[2]));
    return quarter.ok ? ok([{ year: Number(m[1]), quarter: Number(m[2]) }]) : quarter;
  }
  if ((m = word.match(/^(\d{4,})-([a-z]+)$/)) && SEASON_WORDS.has(m[2]!)) {
    return ok([{ year: Number(m[1]), season: SEASON_WORDS.get(m[2]!)! }]);
  }
  if ((m = word.match(/^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/))) {
    return fail("Write the year in full, like 04/07/2025; Chronicle does not guess the century of a two-digit year.");
  }
  if ((m = word.match(/^(\d{1,2})([/.-])(\d{1,2})\2(\d{3,})$/))) return ok(numericReadings(m[1]!, m[3]!, Number(m[4])));
  if ((m = word.match(/^(\d{1,2})([/.])(\d{1,2})$/))) return ok(numericReadings(m[1]!, m[3]!, undefined));
  return null;
}

/** Both readings of "a/b": day first and month first; one when they are the same date. */
function numericReadings(first: string, second: string, year: number | undefined): Fragment[] {
  const a = Number(first);
  const b = Number(second);
  const withYear = year === undefined ? {} : { year };
  const dayFirst: Fragment = { ...withYear, day: a, month: b, order: "day-first" };
  const monthFirst: Fragment = { ...withYear, day: b, month: a, order: "month-first" };
  return a === b ? [{ ...withYear, day: a, month: b }] : [dayFirst, monthFirst];
}
