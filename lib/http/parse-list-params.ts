import { EVENT_SORTS, type EventSort } from "@/lib/queries/find-events";
import type { ParamError } from "@/lib/filters/event-filter";

export const LIST_PARAM_KEYS = ["page", "size", "sort"] as const;
export const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 100_000;

export interface ListParams {
  page: number;
  pageSize: number;
  sort: EventSort;
}

/** A whole number parameter within [min, max], or `fallback` when absent; a bad value is an error. */
export function readWholeNumber(params: URLSearchParams, key: string, min: number, max: number, fallback: number, errors: ParamError[]): number {
  const values = params.getAll(key);
  if (values.length === 0 || values[0] === "") return fallback;
  const value = values[0]!;
  if (values.length > 1 || !/^\d+$/.test(value) || +value < min || +value > max) {
    errors.push({ param: key, message: `“${key}” must be one whole number from ${min} to ${max}.` });
    return fallback;
  }
  return +value;
}

/** Paging and sorting of the events API; the filter keys are parsed by loadEventFilter. */
export function parseListParams(params: URLSearchParams): { ok: true; value: ListParams } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const page = readWholeNumber(params, "page", 1, MAX_PAGE, 1, errors);
  const pageSize = readWholeNumber(params, "size", 1, MAX_PAGE_SIZE, 25, errors);
  const sorts = params.getAll("sort");
  let sort: EventSort = "date";
  if (sorts.length > 0 && sorts[0] !== "") {
    if (sorts.length === 1 && (EVENT_SORTS as readonly string[]).includes(sorts[0]!)) sort = sorts[0] as EventSort;
    else errors.push({ param: "sort", message: `“sort” must be one of ${EVENT_SORTS.join(", ")}.` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { page, pageSize, sort } };
}

/** Route ids are positive integers written plainly; anything else is not an event id. */
export function parseEventId(raw: string): number | null {
  if (!/^[1-9]\d{0,14}$/.test(raw)) return null;
  return Number(raw);
}
