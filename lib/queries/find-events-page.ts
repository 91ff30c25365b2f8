import { countMatchingEvents } from "./count-matching-events";
import { findEvents, type FindEventsOptions, type FindEventsResult } from "./find-events";

export interface FindEventsPageResult extends FindEventsResult {
  /** The page the link asked for when it was past the end and the last page is shown instead. */
  requestedPage?: number;
}

/**
 * findEvents for a page a reader typed or bookmarked: a page past the end shows the last page. When the
 * capped count cannot say where the end is, it is counted exactly: that costs about as much as the
 * OFFSET that just walked past every match, and only a link past the end of a long list pays it.
 */
export async function findEventsPage(options: FindEventsOptions & { page: number; pageSize: number }): Promise<FindEventsPageResult> {
  const result = await findEvents(options);
  if (result.rows.length > 0 || options.page <= 1) return result;
  const total = result.totalExact ? result.total : (await countMatchingEvents(options.filter, options.viewer, Number.POSITIVE_INFINITY)).count;
  if (total === 0) return result;
  const lastPage = Math.max(1, Math.ceil(total / options.pageSize));
  const last = await findEvents({ ...options, page: lastPage });
  return { ...last, requestedPage: options.page };
}
