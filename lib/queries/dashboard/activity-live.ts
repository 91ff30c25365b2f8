import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import type { BucketInterval } from "@/lib/charts/bucket-keys";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { bucketKeyOfCode, calendarBucketSql, toNumber } from "../sql/dialect-sql";
import { chartedSql } from "./activity-scope";
import type { ActivityBucketRow, ActivityCellRow, ActivityOverview } from "./activity-rows";
import { rankTopics, type TopicRank } from "./rank-topics";

const nullableNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The activity overview and topic ranking, counted from the matching events (any filter). */
export async function countActivityLive(filter: ResolvedEventFilter, viewer: Viewer): Promise<{ overview: ActivityOverview; ranking: TopicRank[] }> {
  const where = eventWhereSql(filter, viewer);
  const charted = chartedSql(filter);
  const [rows, ranking] = await Promise.all([
    readSql<{ total: unknown; unknown_start: unknown; unknown_ongoing: unknown; charted: unknown; first_ms: unknown; last_ms: unknown }[]>`
      SELECT COUNT(*) AS total,
        SUM(CASE WHEN e.earliest <= ${DATE_MIN} THEN 1 ELSE 0 END) AS unknown_start,
        SUM(CASE WHEN e.earliest <= ${DATE_MIN} AND e.latest >= ${DATE_MAX} THEN 1 ELSE 0 END) AS unknown_ongoing,
        SUM(CASE WHEN ${charted} THEN 1 ELSE 0 END) AS charted,
        MIN(CASE WHEN ${charted} THEN e.earliest END) AS first_ms,
        MAX(CASE WHEN ${charted} THEN e.earliest END) AS last_ms
      FROM events e WHERE ${where}`,
    rankTopics(where, charted),
  ]);
  const row = rows[0];
  return {
    overview: {
      total: toNumber(row?.total),
      unknownStart: toNumber(row?.unknown_start),
      unknownOngoing: toNumber(row?.unknown_ongoing),
      charted: toNumber(row?.charted),
      firstMs: nullableNumber(row?.first_ms),
      lastMs: nullableNumber(row?.last_ms),
    },
    ranking,
  };
}

/** Events per bucket, and per bucket and top topic, counted from the matching events. */
export async function countActivityBucketsLive(filter: ResolvedEventFilter, viewer: Viewer, interval: BucketInterval, topIds: number[]): Promise<{ bucketRows: ActivityBucketRow[]; cellRows: ActivityCellRow[] }> {
  const where = eventWhereSql(filter, viewer);
  const charted = chartedSql(filter);
  const key = calendarBucketSql("e.earliest", interval);
  const outside = topIds.length ? Prisma.sql` AND ot.topic_id NOT IN (${Prisma.join(topIds)})` : Prisma.empty;
  const keyOf = (code: unknown) => bucketKeyOfCode(toNumber(code), interval);
  const [bucketRows, cellRows] = await Promise.all([
    readSql<{ bucket: unknown; n: unknown; no_topic: unknown; other: unknown }[]>`
      SELECT ${key} AS bucket, COUNT(*) AS n,
        SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM event_topics nt WHERE nt.event_id = e.id) THEN 1 ELSE 0 END) AS no_topic,
        SUM(CASE WHEN EXISTS (SELECT 1 FROM event_topics ot WHERE ot.event_id = e.id${outside}) THEN 1 ELSE 0 END) AS other
      FROM events e WHERE ${where} AND ${charted}
      GROUP BY bucket ORDER BY bucket`,
    topIds.length
      ? readSql<{ bucket: unknown; slug: string; n: unknown }[]>`
          SELECT ${key} AS bucket, t.slug AS slug, COUNT(*) AS n
          FROM events e JOIN event_topics et ON et.event_id = e.id JOIN topics t ON t.id = et.topic_id
          WHERE ${where} AND ${charted} AND t.id IN (${Prisma.join(topIds)})
          GROUP BY bucket, t.slug`
      : Promise.resolve([]),
  ]);
  return {
    bucketRows: bucketRows.map((row) => ({ bucket: keyOf(row.bucket), n: toNumber(row.n), noTopic: toNumber(row.no_topic), other: toNumber(row.other) })),
    cellRows: cellRows.map((row) => ({ bucket: keyOf(row.bucket), slug: row.slug, n: toNumber(row.n) })),
  };
}
