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
  const format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  return <span className="muted"> · your time: {instants.map((instant) => format.format(new Date(instant))).join(" – ")}</span>;
}
