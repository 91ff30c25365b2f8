"use client";

import { useEffect, useState } from "react";
import type { ActorOption } from "@/lib/queries/search-actors";

export const ACTOR_SEARCH_LIMIT = 20;
const DEBOUNCE_MS = 250;

export type ActorSearchState =
  | { status: "idle" }
  | { status: "loading"; /** The last answer, shown meanwhile so the list does not flicker. */ previous?: ActorOption[] }
  | { status: "error" }
  | { status: "done"; q: string; actors: ActorOption[]; total: number };

type Answer = { q: string; ok: true; actors: ActorOption[]; total: number } | { q: string; ok: false };

/** Asks GET /api/v1/actors once typing pauses; an answer to older text is dropped, so results never go back in time. */
export function useActorSearch(text: string): ActorSearchState {
  const q = text.trim();
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/actors?${new URLSearchParams({ q, limit: String(ACTOR_SEARCH_LIMIT) })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { data: ActorOption[]; meta: { total: number } };
        setAnswer({ q, ok: true, actors: body.data, total: body.meta.total });
      } catch {
        if (!controller.signal.aborted) setAnswer({ q, ok: false });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  if (!q) return { status: "idle" };
  if (answer?.q !== q) return { status: "loading", previous: answer?.ok ? answer.actors : undefined };
  return answer.ok ? { status: "done", q, actors: answer.actors, total: answer.total } : { status: "error" };
}
