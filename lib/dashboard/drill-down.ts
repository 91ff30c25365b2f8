import { bucketKeyToPartialDate, bucketSpan } from "@/lib/charts/bucket-keys";
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

function plainFilter(filter: EventFilter): EventFilter {
  const { q, from, to, match, topics, actors, countries, minImportance, status } = filter;
  return { q, from, to, match, topics, actors, countries, minImportance, status };
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

export function narrowToTopics(filter: EventFilter, topics: readonly string[]): EventFilter | null {
  const narrowed = narrowList(filter.topics, topics);
  return narrowed ? { ...plainFilter(filter), topics: narrowed } : null;
}

export function narrowToBucketAndTopics(filter: EventFilter, bucketKey: string, topics: readonly string[]): EventFilter | null {
  const inBucket = narrowToBucket(filter, bucketKey);
  return inBucket && narrowToTopics(inBucket, topics);
}

export function narrowToCountry(filter: EventFilter, code: string): EventFilter | null {
  const narrowed = narrowList(filter.countries, [code]);
  return narrowed ? { ...plainFilter(filter), countries: narrowed } : null;
}

export function narrowToActor(filter: EventFilter, slug: string): EventFilter | null {
  const narrowed = narrowList(filter.actors, [slug]);
  return narrowed ? { ...plainFilter(filter), actors: narrowed } : null;
}

export function hrefOrNull(filter: EventFilter | null): string | null {
  return filter ? eventsHref(filter) : null;
}
