import { formatEventDate, type EventDate } from "@/lib/dates/event-date";
import { formatPartialDateLabel, formatYear, MONTH_NAMES, partialDateSpan, type PartialDate } from "@/lib/dates/partial-date";
import { formatTypedTime } from "./typed-time";
import type { Qualifier, ReadingOrder, TypedTime } from "./types";

/** The display label: formatEventDate, except that "early July 2025" keeps its "early". */
export function labelTypedDate(date: EventDate, qualifier: Qualifier | null): string {
  if (!qualifier || !date.start) return formatEventDate(date);
  const since = date.end === "ongoing" ? "since " : "";
  const circa = date.approximate ? "c. " : "";
  return `${since}${circa}${qualifiedLabel(qualifier, date.start)}`;
}

function qualifiedLabel(qualifier: Qualifier, bound: PartialDate): string {
  const plain = formatPartialDateLabel(bound);
  const label = bound.precision === "season" ? plain.toLowerCase() : plain;
  return qualifier === "mid" ? `mid-${label}` : `${qualifier} ${label}`;
}

/**
 * How the date was understood, in words: "From 27 June 2025 to 28 June 2025, to the day",
 * "Summer 2025 (June–August), to the season", "Early July 2025, read as July 2025, to the month".
 */
export function describeTypedDate(
  date: EventDate,
  { qualifier, order, time }: { qualifier: Qualifier | null; order: ReadingOrder | null; time: TypedTime | null },
): string {
  const understood = describeEventDate(date);
  const parts = [qualifier ? `${labelTypedDate(date, qualifier)}, read as ${understood}` : understood];
  if (order) parts.push(order === "day-first" ? "reading the day first" : "reading the month first");
  if (time) parts.push(`at ${formatTypedTime(time)}`);
  return capitalize(parts.join(", "));
}

function describeEventDate(date: EventDate): string {
  const about = date.approximate ? "about " : "";
  const circa = date.approximate ? " (circa)" : "";
  const { start, end } = date;
  if (end === "ongoing") return start ? `since ${about}${describeBound(start)}${circa}, ongoing` : "ongoing, start unknown";
  if (!start) return end ? `until ${about}${describeBound(end)}${circa}, start unknown` : "date unknown";
  if (!end) return `${about}${describeBound(start)}${circa}, to the ${start.precision}`;
  if (start.precision === end.precision) {
    return `from ${about}${describeBound(start)} to ${about}${describeBound(end)}${circa}, to the ${start.precision}`;
  }
  return (
    `from ${about}${describeBound(start)} (to the ${start.precision}) ` +
    `to ${about}${describeBound(end)} (to the ${end.precision})${circa}`
  );
}

/** Quarters and seasons say which months they cover: "Winter 2025 (December 2025–February 2026)". */
function describeBound(bound: PartialDate): string {
  const label = formatPartialDateLabel(bound);
  if (bound.precision !== "quarter" && bound.precision !== "season") return label;
  const span = partialDateSpan(bound);
  const first = new Date(span.start);
  const last = new Date(span.end - 1);
  const monthOf = (date: Date) => MONTH_NAMES[date.getUTCMonth()]!;
  const months =
    first.getUTCFullYear() === last.getUTCFullYear()
      ? `${monthOf(first)}–${monthOf(last)}`
      : `${monthOf(first)} ${formatYear(first.getUTCFullYear())}–${monthOf(last)} ${formatYear(last.getUTCFullYear())}`;
  return `${label} (${months})`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
