import { formatYear, MONTH_NAMES } from "@/lib/dates/partial-date";
import { bucketKeyToPartialDate } from "./bucket-keys";

/** Axis label: "Jun 2025", "Q3 2025", "2025". */
export function formatBucketLabel(key: string): string {
  const date = bucketKeyToPartialDate(key);
  switch (date.precision) {
    case "month": return `${MONTH_NAMES[date.month - 1]!.slice(0, 3)} ${formatYear(date.year)}`;
    case "quarter": return `Q${date.quarter} ${formatYear(date.year)}`;
    case "year": return formatYear(date.year);
    default: throw new Error(`“${key}” is not a bucket key`);
  }
}

/** Text for tables and screen readers: "June 2025", "Q3 2025", "2025". */
export function formatBucketLabelLong(key: string): string {
  const date = bucketKeyToPartialDate(key);
  return date.precision === "month" ? `${MONTH_NAMES[date.month - 1]} ${formatYear(date.year)}` : formatBucketLabel(key);
}
