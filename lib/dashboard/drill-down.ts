import { bucketKeyToPartialDate, bucketSpan } from "@/lib/charts/bucket-keys";
import { facetNamed, facetValuesOf, type FacetName } from "@/lib/domain/facets";
import { filterPeriod, serializeEventFilter, type EventFilter } from "@/lib/filters/event-filter";

/**
 * Drill-down filters: the current filter narrowed to what one bar counted, so the events page lists
 * exactly those events. A narrowing that one filter cannot express exactly (the filter already limits
 * topics to a list that does not include the bar's topic, say) gives null, and the bar gets no link
 * rather than one whose count would differ.
 */

const MAX_LIST = 50;

export function eventsHref(filter: EventFilter): string {
  const query = serializeEventFilter(filter).toString();
  return query ? `/events?${query}` : "/events";
}

/** The filter's own keys, without what a resolved filter carries besides (ids). */
function plainFilter(filter: EventFilter): EventFilter {
  const { q, from, to, match, minImportance, status } = filter;
  return { q, from, to, match, minImportance, status, ...facetValuesOf(filter) };
}

/** Lists mean "any of"; narrowing to `wanted` is exact only when every wanted value is already allowed. */
export function narrowList(current: readonly string[], wanted: readonly string[]): string[] | null {
  if (wanted.length === 0 || wanted.length > MAX_LIST) return null;
  return current.length === 0 || wanted.every((value) => current.includes(value)) ? [...wanted] : null;
}

/**
 * Events whose earliest start lies in the bucket (match=start), within the filter's own period: where
 * the period cuts a bucket, its bound is kept, which is what the activity chart counted.
 */
export function narrowToBucket(filter: EventFilter, bucketKey: string): EventFilter | null {
  const bucket = bucketSpan(bucketKey);
  const period = filterPeriod(filter);
  if ((period.end !== null && bucket.start >= period.end) || (period.start !== null && bucket.end <= period.start)) return null;
  const bucketDate = bucketKeyToPartialDate(bucketKey);
  const from = period.start !== null && period.start > bucket.start ? filter.from : bucketDate;
  const to = period.end !== null && period.end < bucket.end ? filter.to : bucketDate;
  return { ...plainFilter(filter), from, to, match: "start" };
}

/** The filter narrowed to any of `values` of one facet (a stack's topics, a bar's country or actor). */
export function narrowToFacet(filter: EventFilter, name: FacetName, values: readonly string[]): EventFilter | null {
  const { field } = facetNamed(name);
  const narrowed = narrowList(filter[field], values);
  return narrowed ? { ...plainFilter(filter), [field]: narrowed } : null;
}

export function narrowToBucketAndTopics(filter: EventFilter, bucketKey: string, topics: readonly string[]): EventFilter | null {
  const inBucket = narrowToBucket(filter, bucketKey);
  return inBucket && narrowToFacet(inBucket, "topic", topics);
}

export function hrefOrNull(filter: EventFilter | null): string | null {
  return filter ? eventsHref(filter) : null;
}
