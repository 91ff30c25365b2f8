import { readSql } from "@/lib/db/read-sql";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventExtent } from "@/lib/timeline/window-math";
import { filterPeriod } from "@/lib/filters/event-filter";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { eventWhereSql } from "./sql/event-where";
import { toNumber } from "./sql/dialect-sql";
import { DAY_MS } from "./counts/count-pieces";
import type { CountTarget } from "./counts/count-scope";
import { planCount, type CountPlanner } from "./counts/plan-count";
import { findLinkDayExtent, type DayBounds } from "./timeline/link-day-extent";
import { countByMember, findEndDayExtent, findStartDayExtent } from "./counts/count-sql";
import { matchInMatrix, type MatrixMatch } from "./matrix/match-in-matrix";

export interface TimelineExtent extends EventExtent {
  /** Matching events over all time. */
  count: number;
}

/** Where the counted events' known days lie: all events' from event_counts' day rows, one member's from its link-day rows. */
async function findDayBounds(target: CountTarget): Promise<DayBounds> {
  const { scope } = target;
  if (target.dim !== "all") return findLinkDayExtent(target, scope.period.end);
  const [starts, ends] = await Promise.all([
    scope.period.start === null ? findStartDayExtent(scope, { start: null, end: scope.period.end }) : null,
    scope.period.end === null ? findEndDayExtent(scope) : null,
  ]);
  return { first: starts?.first ?? null, last: ends?.last ?? null, ongoing: (ends?.ongoing ?? 0) > 0 };
}

/**
 * With a period, the span is the period itself where it is bounded (the fit view clips to it anyway): the counted
 * path cannot say how far inside it the matches reach, and the events' path says the same, so both agree.
 */
function withinPeriod(extent: TimelineExtent, period: { start: number | null; end: number | null }): TimelineExtent {
  if (extent.count === 0) return { count: 0, first: null, last: null, openEnded: false };
  return {
    count: extent.count,
    first: period.start ?? extent.first,
    last: period.end ?? extent.last,
    openEnded: period.end === null && extent.openEnded,
  };
}

/** The span from the count tables, for all events or one topic, actor or country. */
async function getCountedExtent(target: CountTarget): Promise<TimelineExtent> {
  const { scope } = target;
  const [matched, bounds] = await Promise.all([
    countByMember(scope, [target.dim], scope.period, scope.match, target.dim === "all" ? null : [target.member]),
    findDayBounds(target),
  ]);
  return withinPeriod({
    count: matched[0]?.n ?? 0,
    first: bounds.first === null ? null : bounds.first * DAY_MS,
    last: bounds.last === null ? null : (bounds.last + 1) * DAY_MS,
    openEnded: bounds.ongoing,
  }, scope.period);
}

/** The span the filtered events cover, ignoring the sentinels of unknown starts and ongoing ends. */
export async function getTimelineExtent({ filter, viewer, planner = planCount }: { filter: ResolvedEventFilter; viewer: Viewer; planner?: CountPlanner }): Promise<TimelineExtent> {
  const plan = planner(filter, viewer, "events");
  if (plan.table === "event_counts") return getCountedExtent(plan.target);
  const match = plan.table === "event_matrix" ? await matchInMatrix(filter, viewer) : null;
  return withinPeriod(match ? extentInMatrix(match) : await findEventsExtent(filter, viewer), filterPeriod(filter));
}

/** findEventsExtent's answer from the event matrix's matches. */
function extentInMatrix({ matrix, slots }: MatrixMatch): TimelineExtent {
  let first = Infinity;
  let last = -Infinity;
  let openEnded = false;
  for (let k = 0; k < slots.length; k++) {
    const start = matrix.earliest[slots[k]!]!;
    const end = matrix.latest[slots[k]!]!;
    if (start > DATE_MIN && start < first) first = start;
    if (end < DATE_MAX && end > last) last = end;
    if (end >= DATE_MAX) openEnded = true;
  }
  return { count: slots.length, first: Number.isFinite(first) ? first : null, last: Number.isFinite(last) ? last : null, openEnded };
}

/** The span read from the matching events themselves: any filter. */
export async function findEventsExtent(filter: ResolvedEventFilter, viewer: Viewer): Promise<TimelineExtent> {
  const rows = await readSql<{ n: unknown; first: unknown; last: unknown; open_ended: unknown }[]>`
    SELECT COUNT(*) AS n,
      MIN(CASE WHEN e.earliest > ${DATE_MIN} THEN e.earliest END) AS first,
      MAX(CASE WHEN e.latest < ${DATE_MAX} THEN e.latest END) AS last,
      MAX(CASE WHEN e.latest >= ${DATE_MAX} THEN 1 ELSE 0 END) AS open_ended
    FROM events e WHERE ${eventWhereSql(filter, viewer)}`;
  const row = rows[0];
  const orNull = (value: unknown) => (value === null || value === undefined ? null : toNumber(value));
  return {
    count: toNumber(row?.n),
    first: orNull(row?.first),
    last: orNull(row?.last),
    openEnded: toNumber(row?.open_ended) === 1,
  };
}
