import { readSql } from "@/lib/db/read-sql";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventExtent } from "@/lib/timeline/window-math";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { eventWhereSql } from "./sql/event-where";
import { toNumber } from "./sql/dialect-sql";
import { DAY_MS } from "./counts/count-pieces";
import { countTarget, type CountTarget } from "./counts/count-scope";
import { findLinkDayExtent, type DayBounds } from "./timeline/link-day-extent";
import { countByMember, findEndDayExtent, findStartDayExtent } from "./counts/count-sql";

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
 * The span from the count tables, for all events or one topic, actor or country. With a period the span is the
 * period itself where it is bounded (the fit view clips to it anyway); only the events could say how far inside
 * it the matches reach.
 */
async function getCountedExtent(target: CountTarget): Promise<TimelineExtent> {
  const { scope } = target;
  const [matched, bounds] = await Promise.all([
    countByMember(scope, [target.dim], scope.period, scope.match, target.dim === "all" ? null : [target.member]),
    findDayBounds(target),
  ]);
  const count = matched[0]?.n ?? 0;
  return {
    count,
    first: count === 0 ? null : scope.period.start ?? (bounds.first === null ? null : bounds.first * DAY_MS),
    last: count === 0 ? null : scope.period.end ?? (bounds.last === null ? null : (bounds.last + 1) * DAY_MS),
    openEnded: count > 0 && scope.period.end === null && bounds.ongoing,
  };
}

/** The span the filtered events cover, ignoring the sentinels of unknown starts and ongoing ends. */
export async function getTimelineExtent({ filter, viewer }: { filter: ResolvedEventFilter; viewer: Viewer }): Promise<TimelineExtent> {
  const target = countTarget(filter, viewer);
  return target ? getCountedExtent(target) : findEventsExtent(filter, viewer);
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
