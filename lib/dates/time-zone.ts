/**
 * Wall-clock times in IANA time zones, with Intl only: the offset of a zone at an instant, and the instant a local
 * time names. Daylight saving makes some local times happen twice (the earlier is taken) or never (read as the
 * same clock time after the jump).
 */

const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", era: "short" });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's canonical name ("asia/kuala_lumpur" → "Asia/Kuala_Lumpur"), or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** How far the zone's clocks are ahead of UTC at `instant`, in ms. */
export function zoneOffset(instant: number, zone: string): number {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const year = parts.era === "BC" ? 1 - Number(parts.year) : Number(parts.year);
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  asUtc.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  return asUtc.getTime() - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant at which the zone's clocks read this date and time. */
export function zonedTimeToUtc(local: { year: number; month: number; day: number; hour: number; minute: number }, zone: string): number {
  const wall = new Date(0);
  wall.setUTCFullYear(local.year, local.month - 1, local.day);
  wall.setUTCHours(local.hour, local.minute, 0, 0);
  const asUtc = wall.getTime();
  // The offsets on either side of any transition near this time; a candidate is right when the zone reads it back.
  const before = asUtc - zoneOffset(asUtc - 12 * HOUR, zone);
  const after = asUtc - zoneOffset(asUtc + 12 * HOUR, zone);
  const readsBack = (instant: number) => instant + zoneOffset(instant, zone) === asUtc;
  const valid = [before, after].filter(readsBack);
  // Twice (clocks went back): the earlier. Never (clocks jumped): the offset before the jump, which lands after it.
  return valid.length ? Math.min(...valid) : before;
}
