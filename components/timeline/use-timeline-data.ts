"use client";

import { useEffect, useRef, useState } from "react";
import type { TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import { laneChoiceKey } from "@/lib/timeline/lane-choice";
import { toFetchWindow, type TimelineWindow } from "@/lib/timeline/window-math";
import { coversView, timelineRequestUrl, type TimelineRequest } from "./timeline-request";

/**
 * Keeps the events of a settled view loaded: fetches only when the loaded window no longer covers it,
 * with a margin around the view, and aborts a request the reader has already moved away from.
 */
export function useTimelineData(initial: TimelineWindowResult, filterQuery: string, view: TimelineWindow, request: TimelineRequest, path?: string) {
  const [data, setData] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needed = !coversView(data, view, request);
  // The request object is rebuilt on every render; the effect depends on what it asks, not on its identity.
  const requestRef = useRef(request);
  useEffect(() => {
    requestRef.current = request;
  });
  const requestKey = `${request.groupBy}|${laneChoiceKey(request.laneChoice)}`;

  useEffect(() => {
    if (!needed) return;
    const controller = new AbortController();
    const load = async () => {
      setLoading(true);
      try {
        const fetchWindow = toFetchWindow(view);
        // The fetched window is wider than the view; the buckets are sized for the wider plot it would make.
        const current = requestRef.current;
        const pixelWidth = current.pixelWidth * ((fetchWindow.end - fetchWindow.start) / (view.end - view.start));
        const response = await fetch(timelineRequestUrl(filterQuery, fetchWindow, { ...current, pixelWidth }, path), {
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
  }, [needed, view, requestKey, filterQuery, path]);

  return { data, loading, error };
}
