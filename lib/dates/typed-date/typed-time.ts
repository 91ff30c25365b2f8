import { fail, ok, type Outcome, type TypedTime } from "./types";

const TIME = /\d{1,2}:\d{2}/g;
const TIME_WITH_SECONDS = /\d{1,2}:\d{2}:\d{2}/;
/** hour, minute, am/pm, then whatever follows (a zone, when the time comes last). */
const TIME_AT_END = /(?:^|\s)(?:at\s+)?(\d{1,2}):(\d{2})(?:\s*(am|pm|a\.m\.?|p\.m\.?)(?=\s|$))?(?:\s*(\S.*))?$/i;

const PLACE_TIME_AFTER_DATE = "Put the time after the date, like 15 April 2025, 10:30.";

export function formatTypedTime(time: TypedTime): string {
  const clock = `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
  return time.zone ? `${clock} ${time.zone}` : `${clock} (no time zone given)`;
}

/** Takes the time (and its zone) off the end of the text; the date text is what is left. */
export function splitOffTime(text: string): Outcome<{ dateText: string; time: TypedTime | null }> {
  const times = text.match(TIME) ?? [];
  if (times.length === 0) return ok({ dateText: text, time: null });
  if (TIME_WITH_SECONDS.test(text)) return fail("Chronicle keeps times to the minute; leave out the seconds, like 10:30.");
  if (times.length > 1) return fail("A date in Chronicle has one time; give a single time, like 15 April 2025, 10:30.");

  const match = text.match(TIME_AT_END);
  if (!match || looksLikeDateText(match[4] ?? "")) return fail(PLACE_TIME_AFTER_DATE);
  const [, hourText, minuteText, meridiem, zoneText] = match;
  const hour = readHour(Number(hourText), meridiem);
  if (!hour.ok) return hour;
  const minute = Number(minuteText);
  if (minute > 59) return fail(`There is no minute ${minuteText}; minutes run 00–59.`);
  const zone = zoneText === undefined ? ok(null) : readZone(zoneText);
  if (!zone.ok) return zone;
  return ok({ dateText: text.slice(0, match.index).trim(), time: { hour: hour.value, minute, zone: zone.value } });
}

/** Digits after the time belong to a date, unless they are a zone's offset ("Etc/GMT-8", "UTC+8"). */
function looksLikeDateText(afterTime: string): boolean {
  return /\d/.test(afterTime) && !/^\(?[a-z/_]*[+-]\d{1,2}\)?$/i.test(afterTime);
}

function readHour(hour: number, meridiem: string | undefined): Outcome<number> {
  if (!meridiem) return hour > 23 ? fail(`There is no hour ${hour}; hours run 00–23.`) : ok(hour);
  if (hour < 1 || hour > 12) return fail(`With am or pm the hour runs 1–12; ${hour} ${meridiem} is not a time.`);
  const afternoon = meridiem.toLowerCase().startsWith("p");
  return ok((hour % 12) + (afternoon ? 12 : 0));
}

function readZone(typed: string): Outcome<string> {
  const name = typed.replace(/^\((.*)\)$/, "$1");
  if (/^z$/i.test(name)) return ok("UTC");
  const resolved = resolveTimeZone(name);
  if (!resolved) {
    return fail(`Chronicle does not know the time zone “${name}”. Use a name from the IANA time zone database, like Asia/Kuala_Lumpur, Europe/London or UTC.`);
  }
  // Intl fixes the letter case, but it also swaps some names for others ("EST" becomes "America/Panama"):
  // keep the name as typed unless only its case changed.
  return ok(resolved.toLowerCase() === name.toLowerCase() ? resolved : name);
}

function resolveTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
