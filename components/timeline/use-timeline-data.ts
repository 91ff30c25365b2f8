"use client";

import { useEffect, useState } from "react";
import type { TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { toFetchWindow, type TimelineWindow } from "@/lib/timeline/window-math";
import { coversView, timelineRequestUrl } from "./timeline-request";

/**
 * Keeps the events of a settled view loaded: fetches only when the loaded window no longer covers it,
 * with a margin around the view, and aborts a request the reader has already moved away from.
 */
export function useTimelineData(initial: TimelineWindowResult, filterQuery: string, view: TimelineWindow, groupBy: LaneGrouping) {
  const [data, setData] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needed = !coversView(data, view, groupBy);

  useEffect(() => {
    if (!needed) return;
    const controller = new AbortController();
    const load = async () => {
      setLoading(true);
      try {
        const response = await fetch(timelineRequestUrl(filterQuery, toFetchWindow(view), groupBy), {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        const body = (await response.json().catch(() => null)) as { data?: TimelineWindowResult; error?: { message?: string } } | null;
        if (!response.ok || !body?.data) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
        setData(body.data);
        setError(null);
      } catch (caught) {
        if (controller.signal.aborted) return;
        setError(caught instanceof Error ? caught.message : "The events could not be loaded.");
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    };
    void load();
    return () => {
      controller.abort();
      setLoading(false);
    };
  }, [needed, view, groupBy, filterQuery]);

  return { data, loading, error };
}
