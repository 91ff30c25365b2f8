const MINUTE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "7 Dec 2026, 10:04 UTC": when something was done in Chronicle (a save, a deletion, a sign-in), in UTC to the minute. */
export function formatUtcMinute(date: Date | string): string {
  return `${MINUTE.format(new Date(date))} UTC`;
}
