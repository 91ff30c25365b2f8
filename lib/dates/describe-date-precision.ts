import type { EventDate } from "@/lib/dates/event-date";
import type { BoundPrecision, PartialDate } from "@/lib/dates/partial-date";

const UNIT: Record<BoundPrecision, string> = { minute: "minute", day: "day", month: "month", quarter: "quarter", season: "season", year: "year" };

function precisionOf(bound: PartialDate | null): BoundPrecision | null {
  return bound ? bound.precision : null;
}

/**
 * How precisely an event's date is known, in words, so that "2025" is never read as 1 January 2025:
 * "known to the month", "approximate: give or take a year", "ongoing, start unknown".
 */
export function describeDatePrecision(date: EventDate): string {
  const start = precisionOf(date.start);
  const end = date.end === "ongoing" ? "ongoing" : precisionOf(date.end);

  if (end === "ongoing") {
    if (!start) return "ongoing, start unknown";
    return `ongoing; start ${date.approximate ? `approximate, give or take a ${UNIT[start]}` : `known to the ${UNIT[start]}`}`;
  }
  if (!start) return end ? `start unknown; end known to the ${UNIT[end]}` : "date unknown";
  if (date.approximate) {
    const unit = end && end !== start ? `${UNIT[start]} (start) or ${UNIT[end]} (end)` : UNIT[start];
    return `approximate: give or take a ${unit}`;
  }
  if (end && end !== start) return `start known to the ${UNIT[start]}, end to the ${UNIT[end]}`;
  return `known to the ${UNIT[start]}`;
}
