import { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { NO_FACET_VALUES, NO_RESOLVED_VALUES } from "@/lib/domain/facets";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { countUpTo, linkFilterSqls, type WalkFilter } from "../sql/plan-date-walk";

/**
 * Testing one event of the window against a link table (EXISTS on its primary key) costs about twice
 * as much as reading one link of the filter and fetching its event by id (BENCHMARKS.md, “Figures:
 * timeline lanes”).
 */
export const WALK_COST_RATIO = 2;
/** Counting links stops here: past it, the filter is large enough that only a very wide window is read from its links. */
const LINK_COUNT_CAP = 500_000;

/**
 * Which link filters a live window count tests row by row (see eventWhereSql's `walk`) instead of
 * starting from their ids. The smallest filter's links are compared with the window's own events
 * (counted up to what would make the walk dearer): a narrow window is read from the window and each
 * of its events tested; a wide one from the smallest filter's links, the other filters then tested
 * row by row, which costs less than building their lists. Both forms match the same rows.
 */
export async function planWindowWalk(filter: ResolvedEventFilter, viewer: Viewer, window: TimelineWindow): Promise<Set<WalkFilter>> {
  const links = linkFilterSqls(filter);
  if (!links.length) return new Set();
  const counts = await Promise.all(links.map(async ([kind, sql]) => ({ kind, n: await countUpTo(sql, LINK_COUNT_CAP) })));
  const smallest = counts.reduce((a, b) => (b.n < a.n ? b : a));
  const walked = new Set(counts.map(({ kind }) => kind));
  const windowOnly = { ...filter, ...NO_FACET_VALUES, ...NO_RESOLVED_VALUES, q: undefined };
  const cap = Math.ceil(smallest.n / WALK_COST_RATIO);
  const windowEvents = cap > 0 ? await countUpTo(Prisma.sql`SELECT 1 AS one FROM events e WHERE ${eventWhereSql(windowOnly, viewer, window)}`, cap) : 0;
  if (cap === 0 || windowEvents >= cap) walked.delete(smallest.kind);
  return walked;
}
