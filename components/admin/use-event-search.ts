"use client";

import type { EventOption } from "@/lib/queries/event-option";
import { useSearchAsYouType } from "@/components/search-as-you-type/use-search-as-you-type";
import type { PickerSearchStatus } from "./describe-search-status";

export const EVENT_SEARCH_LIMIT = 10;

interface EventOptionsBody {
  data: EventOption[];
  meta: { total: number; totalExact: boolean };
}

export interface EventSearch {
  /** The events to offer: the answer to the text, or the last answer while the next one is on its way. */
  events: EventOption[];
  status: PickerSearchStatus;
}

/** Asks GET /api/v1/event-options once typing pauses, never offering `excludeId` (the event being edited). */
export function useEventSearch(text: string, excludeId?: number): EventSearch {
  const search = useSearchAsYouType<EventOptionsBody>(text, (q) => {
    const params = new URLSearchParams({ q, limit: String(EVENT_SEARCH_LIMIT) });
    if (excludeId) params.set("exclude", String(excludeId));
    return `/api/v1/event-options?${params}`;
  });
  if (search.status === "done") {
    const { data, meta } = search.body;
    return { events: data, status: { status: "done", q: search.q, shown: data.length, total: meta.total, totalExact: meta.totalExact } };
  }
  if (search.status === "loading") return { events: search.previous?.data ?? [], status: search };
  return { events: [], status: search };
}
