import { checkEventDate, type EventDate } from "@/lib/dates/event-date";
import { formatPartialDateLabel } from "@/lib/dates/partial-date";
import { describeTypedDate, labelTypedDate } from "./describe-typed-date";
import { normalizeDateText, tidyTypedText } from "./normalize";
import { readDates } from "./read-dates";
import { splitOffTime } from "./typed-time";
import { fail, ok, type Outcome, type Reading, type TypedDateOption, type TypedDateResult, type TypedTime } from "./types";

export type { Qualifier, ReadingOrder, TypedDateOption, TypedDateResult, TypedTime } from "./types";

const RELATIVE_WORDS =
  /\b(today|tonight|yesterday|tomorrow|now|next|last|this|ago|recently|coming|previous|week|weekend|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;

/**
 * Reads a date as an editor pastes it from an article ("June 27–28, 2025", "circa 1974", "Q3 2024",
 * "15 April 2025 10:30 Asia/Kuala_Lumpur") and says how it was understood. Never fills in what the text did not
 * say: a month stays a month, a missing year is an error rather than this year, and 04/07/2025 is ambiguous.
 */
export function parseTypedDate(text: string): TypedDateResult {
  const original = text.replace(/\s+/g, " ").trim();
  if (!original) return { kind: "error", message: "Enter a date, like 27 June 2025." };

  const timed = splitOffTime(tidyTypedText(original));
  if (!timed.ok) return { kind: "error", message: timed.message };
  const { dateText, time } = timed.value;
  if (!dateText) return { kind: "error", message: "A time needs a day. Add the date, like 15 April 2025, 10:30." };

  const normalized = normalizeDateText(dateText);
  const outcomes = readDates(normalized).map((reading) => (reading.ok ? finish(reading.value, time) : reading));
  const options = distinctOptions(outcomes);
  const [only] = options;
  if (options.length === 1 && only) return { kind: "understood", ...only.option };
  if (options.length > 1) return ambiguity(original, options);
  return { kind: "error", message: explainFailure(outcomes, original, normalized) };
}

interface FinishedReading {
  option: TypedDateOption;
  reading: Reading;
}

function finish(reading: Reading, time: TypedTime | null): Outcome<FinishedReading> {
  const { date, qualifier, order } = reading;
  const problem = checkEventDate(date)?.message ?? qualifierProblem(reading) ?? timeProblem(date, time);
  if (problem) return fail(problem);
  const option = {
    date,
    time,
    label: labelTypedDate(date, qualifier),
    description: describeTypedDate(date, { qualifier, order, time }),
  };
  return ok({ option, reading });
}

function qualifierProblem({ date, qualifier }: Reading): string | null {
  if (!qualifier || date.start?.precision !== "day") return null;
  return "“Early”, “mid” and “late” qualify a month, season or year, not a single day.";
}

function timeProblem(date: EventDate, time: TypedTime | null): string | null {
  if (!time) return null;
  if (date.end !== null || !date.start) return "A time goes with a single day, not with a range or an ongoing date.";
  if (date.start.precision === "day") return null;
  const label = formatPartialDateLabel(date.start);
  return `A time needs a day, but ${label} is a whole ${date.start.precision}. Add the day, like 15 April 2025, 10:30.`;
}

/** The readings that worked, once each: "4/4/2025" read either way is one date. */
function distinctOptions(outcomes: Outcome<FinishedReading>[]): FinishedReading[] {
  const byDate = new Map<string, FinishedReading>();
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    const key = JSON.stringify(outcome.value.option.date);
    if (!byDate.has(key)) byDate.set(key, outcome.value);
  }
  return [...byDate.values()];
}

function ambiguity(original: string, options: FinishedReading[]): TypedDateResult {
  const readings = options.map(({ option, reading }) => {
    const way = reading.order === "day-first" ? " (day first)" : reading.order === "month-first" ? " (month first)" : "";
    return `${option.label}${way}`;
  });
  return {
    kind: "ambiguous",
    message: `“${original}” can be read as ${readings.join(" or ")}. Which did you mean?`,
    options: options.map(({ option }) => option),
  };
}

function explainFailure(outcomes: Outcome<FinishedReading>[], original: string, normalized: string): string {
  const specific = outcomes.find((outcome) => !outcome.ok && !outcome.unreadable);
  if (specific && !specific.ok) return specific.message;
  if (RELATIVE_WORDS.test(normalized) && !/\d{3,}/.test(normalized)) {
    return `“${original}” depends on today's date. Chronicle needs the date as written, like 27 June 2025, not relative to today.`;
  }
  return (
    `Chronicle cannot read “${original}” as a date. Write it as the source does, ` +
    "like 27 June 2025, July 2019, summer 2025, Q3 2024, circa 1974 or 2019–2021."
  );
}
