import { formatEventDate, type EventDate } from "@/lib/dates/event-date";
import { formatPartialDateValue } from "@/lib/dates/partial-date";

/** The event form's date fields as a typed date fills them: canonical values, and the label only when the text's differs. */
export function typedDateFormValues(date: EventDate, label: string) {
  const start = date.start ? { precision: date.start.precision, value: formatPartialDateValue(date.start) } : { precision: "unknown", value: "" };
  const end =
    date.end === null ? { precision: "none", value: "" } : date.end === "ongoing" ? { precision: "ongoing", value: "" } : { precision: date.end.precision, value: formatPartialDateValue(date.end) };
  return { start, end, approximate: date.approximate, dateLabel: label === formatEventDate(date) ? "" : label };
}
