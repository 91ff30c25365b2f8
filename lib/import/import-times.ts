import { formatTimeOfDay, type PartialDate } from "@/lib/dates/partial-date";
import { canonicalTimeZone } from "@/lib/dates/time-zone";
import type { CellError } from "./import-row";

/** What a reader needs from the caller beyond the file itself. */
export interface ImportOptions {
  /**
   * The IANA zone (Asia/Kuala_Lumpur, UTC) a file's times of day are in when the file does not say: TimelineJS never
   * does, and a CSV cell may not. Without one, such a time is an error on its column; a zone the file gives wins.
   */
  defaultTimeZone?: string | null;
}

/** The caller's default zone, as Intl names it when it knows it ("asia/kuala_lumpur" → "Asia/Kuala_Lumpur"); null when none. */
export function defaultTimeZoneOf(options: ImportOptions): string | null {
  const zone = options.defaultTimeZone?.trim() ?? "";
  if (zone === "") return null;
  // An unknown zone is kept as given, so that eventInputSchema names it on every row whose time needs it.
  return canonicalTimeZone(zone) ?? zone;
}

/** A day with the time of day given with it becomes that minute; anything else, or no time, stays as it is. */
export function atTimeOfDay(date: PartialDate, time: { hour: number; minute: number } | null): PartialDate {
  if (!time || date.precision !== "day") return date;
  return { precision: "minute", year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute };
}

const GIVE_TIME_ZONE = "give the time zone the file's times are in";

/**
 * The message for a time of day the file gives without a zone, when the caller gave no default either; `orInFile`
 * says how the file itself could give it, when it can.
 */
export function timeWithoutZoneMessage(time: { hour: number; minute: number }, orInFile = ""): string {
  const alternative = orInFile ? `${orInFile}, or ` : "";
  return `The time ${formatTimeOfDay(time)} has no time zone; ${alternative}${GIVE_TIME_ZONE}, like Asia/Kuala_Lumpur or UTC.`;
}

/**
 * Whether the error is a time of day without a zone, which a default zone (ImportOptions.defaultTimeZone) would
 * settle: a caller can ask for one and read the file again.
 */
export function needsDefaultTimeZone(error: CellError): boolean {
  return error.message.includes(GIVE_TIME_ZONE);
}
