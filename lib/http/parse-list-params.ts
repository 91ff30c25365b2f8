import { EVENT_SORTS, type EventSort } from "@/lib/queries/find-events";
import type { SearchParamsInput } from "@/lib/filters/event-filter";
import { MAX_ID, oneOf, parseUrlParams, urlParam, wholeNumber, type ParsedParams } from "./url-params";

export const LIST_PARAM_KEYS = ["page", "size", "sort"] as const;
export const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 100_000;

export interface ListParams {
  page: number;
  pageSize: number;
  sort: EventSort;
}

const LIST_PARAMS = {
  page: urlParam(wholeNumber(1, MAX_PAGE), 1),
  size: urlParam(wholeNumber(1, MAX_PAGE_SIZE), 25),
  sort: urlParam(oneOf(EVENT_SORTS), "date" as EventSort),
};

/** Paging and sorting of the events API; the filter keys are parsed by loadEventFilter. */
export function parseListParams(params: SearchParamsInput): ParsedParams<ListParams> {
  const { value, errors } = parseUrlParams(params, LIST_PARAMS);
  return { value: { page: value.page, pageSize: value.size, sort: value.sort }, errors };
}

/** Route ids are positive integers written plainly; anything else is not an event id. */
export function parseEventId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_ID ? id : null;
}
