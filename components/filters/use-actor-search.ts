"use client";

import type { ActorSearchScope } from "@/lib/actor-picker/parse-actor-search";
import type { ActorMatch } from "@/lib/queries/search-actors";
import { useSearchAsYouType } from "@/components/search-as-you-type/use-search-as-you-type";

export const ACTOR_SEARCH_LIMIT = 20;

export type ActorSearchState =
  | { status: "idle" }
  | { status: "loading"; /** The last answer, shown meanwhile so the list does not flicker. */ previous?: ActorMatch[] }
  | { status: "error" }
  | { status: "done"; q: string; actors: ActorMatch[]; total: number };

interface ActorSearchBody {
  data: ActorMatch[];
  meta: { total: number };
}

/** Asks GET /api/v1/actors once typing pauses; an answer to older text is dropped, so results never go back in time. */
export function useActorSearch(text: string, scope: ActorSearchScope = "published"): ActorSearchState {
  const search = useSearchAsYouType<ActorSearchBody>(text, (q) => {
    const params = new URLSearchParams({ q, limit: String(ACTOR_SEARCH_LIMIT) });
    if (scope !== "published") params.set("scope", scope);
    return `/api/v1/actors?${params}`;
  });
  if (search.status === "loading") return { status: "loading", previous: search.previous?.data };
  if (search.status === "done") return { status: "done", q: search.q, actors: search.body.data, total: search.body.meta.total };
  return search;
}
