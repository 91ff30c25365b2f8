"use client";

import { useCallback, useState } from "react";
import type { EventOption } from "@/lib/queries/event-option";

export interface KnownEvents {
  /** How the form shows an event id it holds: its label, or "not found" for one it could not read. */
  optionFor: (id: unknown) => EventOption | null;
  remember: (event: EventOption) => void;
}

/** The labels of the events the form names: those it opened with, then each one picked since. */
export function useKnownEvents(initial: EventOption[]): KnownEvents {
  const [known, setKnown] = useState<ReadonlyMap<number, EventOption>>(() => new Map(initial.map((event) => [event.id, event])));
  const remember = useCallback((event: EventOption) => setKnown((current) => new Map(current).set(event.id, event)), []);
  const optionFor = useCallback(
    (id: unknown) => {
      if (typeof id !== "number" || id <= 0) return null;
      return known.get(id) ?? { id, slug: "", title: `Event ${id} (not found)`, dateLabel: "", status: "published" as const, deleted: false };
    },
    [known],
  );
  return { optionFor, remember };
}
