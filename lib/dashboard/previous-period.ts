import { floorMod, MIN_YEAR, type PartialDate } from "@/lib/dates/partial-date";
import { filterPeriod, type EventFilter } from "@/lib/filters/event-filter";

type Unit = "year" | "quarter" | "month" | "day";
const DAY_MS = 86_400_000;

/** The running number of the unit that starts exactly at `ms`, or null when `ms` is not such a boundary. */
function unitIndexAt(ms: number, unit: Unit): number | null {
  if (ms % DAY_MS !== 0) return null;
  const date = new Date(ms);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  switch (unit) {
    case "day": return ms / DAY_MS;
    case "month": return day === 1 ? year * 12 + month : null;
    case "quarter": return day === 1 && month % 3 === 0 ? year * 4 + month / 3 : null;
    case "year": return day === 1 && month === 0 ? year : null;
  }
}

function unitToPartialDate(index: number, unit: Unit): PartialDate {
  switch (unit) {
    case "year": return { precision: "year", year: index };
    case "quarter": return { precision: "quarter", year: Math.floor(index / 4), quarter: floorMod(index, 4) + 1 };
    case "month": return { precision: "month", year: Math.floor(index / 12), month: floorMod(index, 12) + 1 };
    case "day": {
      const date = new Date(index * DAY_MS);
      return { precision: "day", year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    }
  }
}

/**
 * The same filter for the period of equal length just before the filter's period. Length is counted
 * in the coarsest calendar unit that fits both ends (June → May, Q3 → Q2, 2025 → 2024, 1–30 June → May),
 * so a month compares with a month rather than with 30 days. Null when the filter names no closed
 * period or the previous one would fall before the first year Chronicle keeps (9999 BCE).
 */
export function previousPeriodFilter<F extends EventFilter>(filter: F): F | null {
  if (!filter.from || !filter.to) return null;
  const { start, end } = filterPeriod(filter);
  if (start === null || end === null) return null;
  for (const unit of ["year", "quarter", "month", "day"] as const) {
    const first = unitIndexAt(start, unit);
    const after = unitIndexAt(end, unit);
    if (first === null || after === null) continue;
    const length = after - first;
    const from = unitToPartialDate(first - length, unit);
    const to = unitToPartialDate(first - 1, unit);
    if (from.year < MIN_YEAR) return null;
    return { ...filter, from, to };
  }
  return null;
}
