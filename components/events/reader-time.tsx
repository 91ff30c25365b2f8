"use client";

import { useEffect, useState } from "react";

/**
 * A time of day in the reader's own time zone ("Your time: 15 April 2025, 04:30 CEST"), which only the browser
 * knows: rendered after hydration, so the server's page (in the event's zone) and the browser's agree first.
 */
export function ReaderTime({ instants, eventZone }: { instants: number[]; eventZone: string }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone === eventZone) return;
    const format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
    setText(instants.map((instant) => format.format(new Date(instant))).join(" – "));
  }, [instants, eventZone]);
  if (!text) return null;
  return <span className="muted"> · your time: {text}</span>;
}
