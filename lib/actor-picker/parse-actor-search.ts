import type { ParamError } from "@/lib/filters/event-filter";
import { readWholeNumber } from "@/lib/http/parse-list-params";
import { isUsableText, UNUSABLE_TEXT_PROBLEM } from "@/lib/schemas/text-field";

export const ACTOR_SEARCH_KEYS = ["q", "limit"] as const;
export const DEFAULT_ACTOR_SEARCH_LIMIT = 20;
export const MAX_ACTOR_SEARCH_LIMIT = 50;
const MAX_QUERY_LENGTH = 100;

export interface ActorSearch {
  q: string;
  limit: number;
}

/** The query of GET /api/v1/actors: `q` (optional text) and `limit` (1–50, default 20); nothing else. */
export function parseActorSearch(params: URLSearchParams): { ok: true; value: ActorSearch } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = [];
  for (const key of new Set(params.keys())) {
    if (!(ACTOR_SEARCH_KEYS as readonly string[]).includes(key)) errors.push({ param: key, message: `“${key}” is not a parameter of this endpoint (use q and limit).` });
    else if (params.getAll(key).length > 1) errors.push({ param: key, message: `“${key}” may be given once.` });
  }
  const q = (params.get("q") ?? "").trim();
  if (q.length > MAX_QUERY_LENGTH) errors.push({ param: "q", message: `“q” must be at most ${MAX_QUERY_LENGTH} characters.` });
  if (!isUsableText(q)) errors.push({ param: "q", message: `“q” ${UNUSABLE_TEXT_PROBLEM}` });
  // A repeated limit is already reported above.
  const limit = params.getAll("limit").length > 1
    ? DEFAULT_ACTOR_SEARCH_LIMIT
    : readWholeNumber(params, "limit", 1, MAX_ACTOR_SEARCH_LIMIT, DEFAULT_ACTOR_SEARCH_LIMIT, errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: { q, limit } };
}
