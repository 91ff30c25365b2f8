const ABSOLUTE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const RELATIVE = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** "7 Dec 2026, 10:04:31 UTC": the log names the second, since entries of one minute are often read together. */
export function formatAuditTime(date: Date): string {
  return `${ABSOLUTE.format(date)} UTC`;
}

/** "3 minutes ago", "yesterday", "now": in the largest whole unit, as of `now`. */
export function formatRelativeTime(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === "second") return RELATIVE.format(Math.trunc(seconds / size), unit);
  }
  return RELATIVE.format(0, "second");
}
