import { db } from "@/lib/db/client";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventExtent } from "@/lib/timeline/window-math";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { eventWhereSql } from "./sql/event-where";
import { toNumber } from "./sql/dialect-sql";

export interface TimelineExtent extends EventExtent {
  /** Matching events over all time. */
  count: number;
}

/** The span the filtered events cover, ignoring the sentinels of unknown starts and ongoing ends. */
export async function getTimelineExtent({ filter, viewer }: { filter: ResolvedEventFilter; viewer: Viewer }): Promise<TimelineExtent> {
  const rows = await db.$queryRaw<{ n: unknown; first: unknown; last: unknown; open_ended: unknown }[]>`
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
