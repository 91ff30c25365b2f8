"use client";

import { useEffect, useState } from "react";

const DEBOUNCE_MS = 250;

export type SearchAsYouType<T> =
  | { status: "idle" }
  | { status: "loading"; /** The last answer, shown meanwhile so the list does not flicker. */ previous?: T }
  | { status: "error" }
  | { status: "done"; q: string; body: T };

type Answer<T> = { url: string; ok: true; body: T } | { url: string; ok: false };

/**
 * GETs `urlFor(text)` once typing pauses and keeps its JSON body. An answer to older text is dropped (the
 * request is aborted, and an answer is only shown for the address it was asked for), so results never go
 * back in time. Empty text asks nothing. The pickers of the filter bar and of the event form share it.
 */
export function useSearchAsYouType<T>(text: string, urlFor: (q: string) => string): SearchAsYouType<T> {
  const q = text.trim();
  const url = q ? urlFor(q) : "";
  const [answer, setAnswer] = useState<Answer<T> | null>(null);

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as T;
        setAnswer({ url, ok: true, body });
      } catch {
        if (!controller.signal.aborted) setAnswer({ url, ok: false });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url]);

  if (!url) return { status: "idle" };
  if (answer?.url !== url) return { status: "loading", previous: answer?.ok ? answer.body : undefined };
  return answer.ok ? { status: "done", q, body: answer.body } : { status: "error" };
}
