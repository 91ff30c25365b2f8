import { formatEventDate, type EventDate } from "@/lib/dates/event-date";
import { formatPartialDateValue, type PartialDate } from "@/lib/dates/partial-date";
import type { TypedTime } from "@/lib/dates/typed-date/parse-typed-date";

/** A day with the time typed with it: the bound becomes a time of day. */
function withTime(bound: PartialDate, time: TypedTime | null): PartialDate {
  if (!time || bound.precision !== "day") return bound;
  return { precision: "minute", year: bound.year, month: bound.month, day: bound.day, hour: time.hour, minute: time.minute };
}

/**
 * The event form's date fields as a typed date fills them: canonical values, the time zone of a time, and the label
 * only when the text's differs from the one Chronicle would make.
 */
export function typedDateFormValues(typed: EventDate, label: string, time: TypedTime | null = null) {
  const date: EventDate = { ...typed, start: typed.start && withTime(typed.start, time), timeZone: time?.zone ?? null };
  const start = date.start ? { precision: date.start.precision, value: formatPartialDateValue(date.start) } : { precision: "unknown", value: "" };
  const end =
    date.end === null ? { precision: "none", value: "" } : date.end === "ongoing" ? { precision: "ongoing", value: "" } : { precision: date.end.precision, value: formatPartialDateValue(date.end) };
  const computed = formatEventDate({ ...typed, timeZone: null });
  return { start, end, approximate: date.approximate, timeZone: time?.zone ?? "", dateLabel: label === computed || time ? "" : label };
}
