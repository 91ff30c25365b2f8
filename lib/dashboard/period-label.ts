import { formatPartialDateLabel, type PartialDate } from "@/lib/dates/partial-date";
import { formatEventDate } from "@/lib/dates/event-date";
import type { EventFilter } from "@/lib/filters/event-filter";

/** "June 2025", "April–July 2025", "December 2024 – March 2025", "from April 2025", "until 2013". */
export function formatPeriodLabel(from: PartialDate | undefined, to: PartialDate | undefined): string | null {
  if (from && to) {
    const same = formatPartialDateLabel(from) === formatPartialDateLabel(to);
    return same ? formatPartialDateLabel(from) : formatEventDate({ start: from, end: to, approximate: false });
  }
  if (from) return `from ${formatPartialDateLabel(from)}`;
  if (to) return `until ${formatPartialDateLabel(to)}`;
  return null;
}

/** The page's subtitle: which events the numbers cover in time. */
export function describeFilterPeriod(filter: EventFilter): string {
  const period = formatPeriodLabel(filter.from, filter.to);
  if (!period) return "All dates";
  const open = filter.from && filter.to ? `in ${period}` : period;
  return filter.match === "start" ? `Events that began ${open}` : `Events that may have happened ${open}`;
}
