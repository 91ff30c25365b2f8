"use client";

import { useSyncExternalStore } from "react";

const noChange = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noZoneOnTheServer = () => null;

/**
 * A time of day in the reader's own time zone ("your time: 15 April 2025, 04:30 CEST"), which only the browser
 * knows: the server renders nothing, and hydration adds it, so the two never disagree.
 */
export function ReaderTime({ instants, eventZone }: { instants: number[]; eventZone: string }) {
  const zone = useSyncExternalStore(noChange, browserZone, noZoneOnTheServer);
  if (!zone || zone === eventZone) return null;
  const options: Intl.DateTimeFormatOptions = { timeZone: zone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
  return <span className="muted"> · your time: {instants.map((instant) => formatInZone(instant, options)).join(" – ")}</span>;
}

/** Intl writes 44 BCE's year as "44" unless asked for the era, and then as "BC": Chronicle's labels say "44 BCE". */
export function formatInZone(instant: number, options: Intl.DateTimeFormatOptions): string {
  const withEra = new Intl.DateTimeFormat("en-GB", { ...options, era: "short" }).formatToParts(new Date(instant));
  const beforeCommonEra = withEra.some((part) => part.type === "era" && part.value === "BC");
  if (!beforeCommonEra) return new Intl.DateTimeFormat("en-GB", options).format(new Date(instant));
  return withEra.map((part) => (part.type === "era" ? "BCE" : part.value)).join("");
}
