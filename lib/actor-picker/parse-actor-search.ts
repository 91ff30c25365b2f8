import { z } from "zod";
import { oneOf, parseUrlParams, urlParam, wholeNumber, type ParsedParams } from "@/lib/http/url-params";
import { isUsableText, UNUSABLE_TEXT_PROBLEM } from "@/lib/schemas/text-field";

export const ACTOR_SEARCH_KEYS = ["q", "limit", "scope"] as const;
export const DEFAULT_ACTOR_SEARCH_LIMIT = 20;
export const MAX_ACTOR_SEARCH_LIMIT = 50;
const MAX_QUERY_LENGTH = 100;

/** "published": actors with published events (what readers filter by); "all": every actor, for editors' forms. */
export const ACTOR_SEARCH_SCOPES = ["published", "all"] as const;
export type ActorSearchScope = (typeof ACTOR_SEARCH_SCOPES)[number];

export interface ActorSearch {
  q: string;
  limit: number;
  scope: ActorSearchScope;
}

const ACTOR_SEARCH_PARAMS = {
  q: urlParam(z.string().trim().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters.`).refine(isUsableText, UNUSABLE_TEXT_PROBLEM), ""),
  limit: urlParam(wholeNumber(1, MAX_ACTOR_SEARCH_LIMIT), DEFAULT_ACTOR_SEARCH_LIMIT),
  scope: urlParam(oneOf(ACTOR_SEARCH_SCOPES), "published" as ActorSearchScope),
};

/** The query of GET /api/v1/actors: `q` (optional text), `limit` (1–50, default 20) and `scope` (default published); nothing else. */
export function parseActorSearch(params: URLSearchParams): ParsedParams<ActorSearch> {
  return parseUrlParams(params, ACTOR_SEARCH_PARAMS, { only: true });
}
