import { findEvents, type FindEventsOptions, type FindEventsResult } from "./find-events";

export interface FindEventsPageResult extends FindEventsResult {
  /** The page the link asked for when it was past the end and the last page is shown instead. */
  requestedPage?: number;
}

/** findEvents for a page a reader typed or bookmarked: a page past the end shows the last page. */
export async function findEventsPage(options: FindEventsOptions & { page: number; pageSize: number }): Promise<FindEventsPageResult> {
  const result = await findEvents(options);
  if (result.total === 0 || options.page <= result.pageCount) return result;
  const last = await findEvents({ ...options, page: result.pageCount });
  return { ...last, requestedPage: options.page };
}
