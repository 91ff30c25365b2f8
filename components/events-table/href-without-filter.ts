import { toParamRecord, type SearchParamsInput } from "@/lib/filters/event-filter";

const VIEW_KEYS = ["sort", "size", "cols"] as const;

/** The same view of /events (sort, page size, columns) with the filter and the page taken away. */
export function hrefWithoutFilter(input: SearchParamsInput): string {
  const params = toParamRecord(input);
  const keep = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const value = params[key]?.[0];
    if (value) keep.set(key, value);
  }
  const query = keep.toString();
  return query ? `/events?${query}` : "/events";
}
