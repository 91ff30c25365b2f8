import type { EventDate } from "@/lib/dates/event-date";
import type { BoundPrecision, PartialDate } from "@/lib/dates/partial-date";

/**
 * How precisely an event's date is known, in words, so that "2025" is never read as "1 January 2025".
 * `short` fits a table cell ("Month", "c. Year", "Day → Month"); `long` is a sentence fragment
 * ("known to the month", "approximate: give or take a year", "ongoing, start unknown").
 */
export interface PrecisionDescription {
  short: string;
  long: string;
}

const UNIT: Record<BoundPrecision, string> = { day: "day", month: "month", quarter: "quarter", season: "season", year: "year" };
const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);

function precisionOf(bound: PartialDate | null): BoundPrecision | null {
  return bound ? bound.precision : null;
}

export function describeDatePrecision(date: EventDate): PrecisionDescription {
  const start = precisionOf(date.start);
  const end = date.end === "ongoing" ? "ongoing" : precisionOf(date.end);
  const circa = date.approximate;

  if (end === "ongoing") {
    if (!start) return { short: "Start unknown, ongoing", long: "ongoing, start unknown" };
    return {
      short: `${circa ? "c. " : ""}${capitalize(start)}, ongoing`,
      long: `ongoing; start ${circa ? `approximate, give or take a ${UNIT[start]}` : `known to the ${UNIT[start]}`}`,
    };
  }
  if (!start) {
    return end
      ? { short: "Start unknown", long: `start unknown; end known to the ${UNIT[end]}` }
      : { short: "Unknown", long: "date unknown" };
  }
  if (circa) {
    const unit = end && end !== start ? `${UNIT[start]} (start) or ${UNIT[end]} (end)` : UNIT[start];
    return { short: `c. ${capitalize(start)}`, long: `approximate: give or take a ${unit}` };
  }
  if (end && end !== start) {
    return {
      short: `${capitalize(start)} → ${capitalize(end)}`,
      long: `start known to the ${UNIT[start]}, end to the ${UNIT[end]}`,
    };
  }
  return { short: capitalize(start), long: `known to the ${UNIT[start]}` };
}
