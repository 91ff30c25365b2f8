import { formatYear, MONTH_NAMES } from "@/lib/dates/partial-date";
import type { TimelineWindow } from "@/lib/timeline/window-math";

const DAY = 86_400_000;

/** "1970 – 2026", "April 2025 – July 2025", "1 – 30 April 2025", "27 June 2025, 06:00 – 12:00": as precise as the zoom makes useful. */
export function formatWindowLabel(window: TimelineWindow): string {
  const first = new Date(window.start);
  const last = new Date(Math.max(window.end - 1, window.start));
  const span = window.end - window.start;
  const month = (d: Date) => MONTH_NAMES[d.getUTCMonth()]!;
  const year = (d: Date) => formatYear(d.getUTCFullYear());
  if (span > 3 * 365 * DAY) return `${year(first)} – ${year(last)}`;
  if (span > 62 * DAY) return `${month(first)} ${year(first)} – ${month(last)} ${year(last)}`;
  const hour = (d: Date) => `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
  if (span < DAY) {
    const end = new Date(window.end);
    return `${first.getUTCDate()} ${month(first)} ${year(first)}, ${hour(first)} – ${end.getUTCDate() === first.getUTCDate() ? "" : `${end.getUTCDate()} ${month(end)} `}${hour(end)}`;
  }
  if (first.getUTCFullYear() === last.getUTCFullYear() && first.getUTCMonth() === last.getUTCMonth()) {
    return `${first.getUTCDate()} – ${last.getUTCDate()} ${month(last)} ${year(last)}`;
  }
  return `${first.getUTCDate()} ${month(first)} ${year(first)} – ${last.getUTCDate()} ${month(last)} ${year(last)}`;
}
