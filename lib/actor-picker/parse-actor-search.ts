import { z } from "zod";
import { parseUrlParams, urlParam, wholeNumber, type ParsedParams } from "@/lib/http/url-params";
import { isUsableText, UNUSABLE_TEXT_PROBLEM } from "@/lib/schemas/text-field";

export const ACTOR_SEARCH_KEYS = ["q", "limit"] as const;
export const DEFAULT_ACTOR_SEARCH_LIMIT = 20;
export const MAX_ACTOR_SEARCH_LIMIT = 50;
const MAX_QUERY_LENGTH = 100;

export interface ActorSearch {
  q: string;
  limit: number;
}

const ACTOR_SEARCH_PARAMS = {
  q: urlParam(z.string().trim().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters.`).refine(isUsableText, UNUSABLE_TEXT_PROBLEM), ""),
  limit: urlParam(wholeNumber(1, MAX_ACTOR_SEARCH_LIMIT), DEFAULT_ACTOR_SEARCH_LIMIT),
};

/** The query of GET /api/v1/actors: `q` (optional text) and `limit` (1–50, default 20); nothing else. */
export function parseActorSearch(params: URLSearchParams): ParsedParams<ActorSearch> {
  return parseUrlParams(params, ACTOR_SEARCH_PARAMS, { only: true });
}
