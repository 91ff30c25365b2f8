import { z } from "zod";
import { parseUrlParams, urlParam, wholeNumber, type ParsedParams } from "@/lib/http/url-params";
import { isUsableText, UNUSABLE_TEXT_PROBLEM } from "@/lib/schemas/text-field";

export const DEFAULT_EVENT_OPTION_LIMIT = 10;
export const MAX_EVENT_OPTION_LIMIT = 25;
const MAX_QUERY_LENGTH = 200;
const MAX_EVENT_ID = Number.MAX_SAFE_INTEGER;

export interface EventOptionSearch {
  q: string;
  limit: number;
  /** The event being edited, never offered as its own parent or relative. */
  exclude: number | null;
}

const EVENT_OPTION_PARAMS = {
  q: urlParam(z.string().trim().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters.`).refine(isUsableText, UNUSABLE_TEXT_PROBLEM), ""),
  limit: urlParam(wholeNumber(1, MAX_EVENT_OPTION_LIMIT), DEFAULT_EVENT_OPTION_LIMIT),
  exclude: urlParam(wholeNumber(1, MAX_EVENT_ID, "must be an event id, a whole number from 1."), 0),
};

/** The query of GET /api/v1/event-options: `q` (text, an id or a slug), `limit` (1–25, default 10), `exclude` (an event id); nothing else. */
export function parseEventOptionSearch(params: URLSearchParams): ParsedParams<EventOptionSearch> {
  const { value, errors } = parseUrlParams(params, EVENT_OPTION_PARAMS, { only: true });
  return { value: { q: value.q, limit: value.limit, exclude: value.exclude || null }, errors };
}
