import { db, Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import { filterPeriod } from "@/lib/filters/event-filter";
import type { BucketInterval } from "@/lib/charts/bucket-keys";
import { fillEmptyBuckets } from "@/lib/charts/fill-buckets";
import { planBuckets, type IntervalChoice } from "@/lib/charts/plan-buckets";
import { pivotToStackedRows } from "@/lib/charts/pivot-stacked";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { periodKey, toNumber } from "../sql/dialect-sql";
import { chartedSql } from "./activity-scope";
import { rankTopics, TOP_TOPICS, type TopicRank } from "./rank-topics";

export const OTHER_SERIES = "_other";
export const NO_TOPIC_SERIES = "_none";

export interface ActivitySeries {
  key: string;
  label: string;
  kind: "topic" | "other" | "none";
  /** The topic slugs the series stands for: one for a topic, every remaining topic for "Other". */
  topics: string[];
  /** The names of those topics, for saying what "Other" holds. */
  topicNames: string[];
  /** Events of the series over the whole chart. */
  total: number;
}

export interface ActivityBucket {
  key: string;
  /** Distinct events starting in the bucket; an event with two topics counts once here, in two stacks. */
  total: number;
  counts: Record<string, number>;
}

export interface ActivityStats {
  interval: BucketInterval;
  intervalChoice: IntervalChoice;
  series: ActivitySeries[];
  buckets: ActivityBucket[];
  /** False when the span was too long to draw every empty bucket; only buckets with events are listed. */
  continuous: boolean;
  /** Matching events that have no bucket: unknown start, or (with a period) a start before the period. */
  unknownStart: number;
  /** Of those with an unknown start, how many are ongoing. */
  unknownStartOngoing: number;
  startedBeforePeriod: number;
}

interface OverviewRow { total: unknown; unknown_start: unknown; unknown_ongoing: unknown; charted: unknown; first_ms: unknown; last_ms: unknown }
interface BucketRow { bucket: string; n: unknown; no_topic: unknown; other: unknown }
interface CellRow { bucket: string; slug: string; n: unknown }

const nullableNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** Events per time bucket, stacked by topic, counted in SQL. */
export async function getActivity(filter: ResolvedEventFilter, viewer: Viewer, requested?: BucketInterval): Promise<ActivityStats> {
  const where = eventWhereSql(filter, viewer);
  const charted = chartedSql(filter);
  const [overviewRows, ranking] = await Promise.all([
    db.$queryRaw<OverviewRow[]>`
      SELECT COUNT(*) AS total,
        SUM(CASE WHEN e.earliest <= ${DATE_MIN} THEN 1 ELSE 0 END) AS unknown_start,
        SUM(CASE WHEN e.earliest <= ${DATE_MIN} AND e.latest >= ${DATE_MAX} THEN 1 ELSE 0 END) AS unknown_ongoing,
        SUM(CASE WHEN ${charted} THEN 1 ELSE 0 END) AS charted,
        MIN(CASE WHEN ${charted} THEN e.earliest END) AS first_ms,
        MAX(CASE WHEN ${charted} THEN e.earliest END) AS last_ms
      FROM events e WHERE ${where}`,
    rankTopics(where, charted),
  ]);
  const overview = overviewRows[0];
  const total = toNumber(overview?.total);
  const unknownStart = toNumber(overview?.unknown_start);
  const chartedCount = toNumber(overview?.charted);
  const period = filterPeriod(filter);
  const plan = planBuckets({
    dataFirst: nullableNumber(overview?.first_ms),
    dataLast: nullableNumber(overview?.last_ms),
    periodStart: period.start,
    periodEnd: period.end,
    requested,
  });
  const base = {
    interval: plan.interval,
    intervalChoice: plan.choice,
    unknownStart,
    unknownStartOngoing: toNumber(overview?.unknown_ongoing),
    startedBeforePeriod: total - unknownStart - chartedCount };
  if (chartedCount === 0) return { ...base, series: [], buckets: [], continuous: true };

  const top = ranking.slice(0, TOP_TOPICS);
  const rest = ranking.slice(TOP_TOPICS);
  const key = periodKey(Prisma.sql`e.earliest`, plan.interval);
  const topIds = top.map((topic) => topic.id);
  const otherSql = rest.length
    ? Prisma.sql`SUM(CASE WHEN EXISTS (SELECT 1 FROM event_topics ot WHERE ot.event_id = e.id AND ot.topic_id NOT IN (${Prisma.join(topIds)})) THEN 1 ELSE 0 END)`
    : Prisma.sql`0`;
  const [bucketRows, cellRows] = await Promise.all([
    db.$queryRaw<BucketRow[]>`
      SELECT ${key} AS bucket, COUNT(*) AS n,
        SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM event_topics nt WHERE nt.event_id = e.id) THEN 1 ELSE 0 END) AS no_topic,
        ${otherSql} AS other
      FROM events e WHERE ${where} AND ${charted}
      GROUP BY bucket ORDER BY bucket`,
    top.length
      ? db.$queryRaw<CellRow[]>`
          SELECT ${key} AS bucket, t.slug AS slug, COUNT(*) AS n
          FROM events e JOIN event_topics et ON et.event_id = e.id JOIN topics t ON t.id = et.topic_id
          WHERE ${where} AND ${charted} AND t.id IN (${Prisma.join(topIds)})
          GROUP BY bucket, t.slug`
      : Promise.resolve([] as CellRow[]),
  ]);

  const series = buildSeries(top, rest, bucketRows);
  const cells = [
    ...cellRows.map((row) => ({ bucket: row.bucket, series: row.slug, value: toNumber(row.n) })),
    ...bucketRows.map((row) => ({ bucket: row.bucket, series: OTHER_SERIES, value: toNumber(row.other) })),
    ...bucketRows.map((row) => ({ bucket: row.bucket, series: NO_TOPIC_SERIES, value: toNumber(row.no_topic) })),
  ];
  const totals = new Map(bucketRows.map((row) => [row.bucket, toNumber(row.n)]));
  const seriesKeys = series.map((s) => s.key);
  const pivoted = pivotToStackedRows(bucketRows.map((row) => row.bucket), seriesKeys, cells)
    .map((row) => ({ key: row.key, total: totals.get(row.key) ?? 0, counts: row.values }));
  const empty = (bucket: string): ActivityBucket => ({ key: bucket, total: 0, counts: Object.fromEntries(seriesKeys.map((s) => [s, 0])) });
  const buckets = plan.keys ? fillEmptyBuckets(plan.keys, pivoted, empty) : pivoted;
  return { ...base, series, buckets, continuous: plan.keys !== null };
}

function buildSeries(top: TopicRank[], rest: TopicRank[], bucketRows: BucketRow[]): ActivitySeries[] {
  const sum = (pick: (row: BucketRow) => unknown) => bucketRows.reduce((acc, row) => acc + toNumber(pick(row)), 0);
  const series: ActivitySeries[] = top.map((topic) => ({
    key: topic.slug,
    label: topic.name,
    kind: "topic",
    topics: [topic.slug],
    topicNames: [topic.name],
    total: topic.count,
  }));
  const otherTotal = sum((row) => row.other);
  if (otherTotal > 0) {
    series.push({ key: OTHER_SERIES, label: "Other topics", kind: "other", topics: rest.map((t) => t.slug), topicNames: rest.map((t) => t.name), total: otherTotal });
  }
  const noTopicTotal = sum((row) => row.no_topic);
  if (noTopicTotal > 0) series.push({ key: NO_TOPIC_SERIES, label: "No topic", kind: "none", topics: [], topicNames: [], total: noTopicTotal });
  return series;
}
