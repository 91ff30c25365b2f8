import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";
import { bucketKeyOfTime, compareBucketKeys, type BucketInterval } from "@/lib/charts/bucket-keys";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { toNumber } from "../sql/dialect-sql";
import { DAY_MS, MONTH_GRAIN, periodStartDay, YEAR_GRAIN, type Grain } from "../counts/count-pieces";
import type { CountScope } from "../counts/count-scope";
import { LINKS_MEMBER, NONE_MEMBER } from "../counts/count-columns";
import { countByMember, countStartsWithinTopics, countStartsByPeriod, findStartDayExtent, type MemberCount, type PeriodCount } from "../counts/count-sql";
import { labelMembers } from "../counts/label-members";
import type { ActivityBucketRow, ActivityCellRow, ActivityOverview } from "./activity-rows";
import type { TopicRank } from "./rank-topics";
import { byCountThenName } from "./rank-order";

/**
 * The activity overview and topic ranking from event_counts. Charted events are those starting in
 * the period, so they are counted by start; unknown starts are read from the events themselves,
 * through the index on earliest, because they are few and the counts cannot pair a start with an end.
 */
export async function countActivityFromCounts(scope: CountScope, filter: ResolvedEventFilter, viewer: Viewer): Promise<{ overview: ActivityOverview; ranking: TopicRank[] }> {
  const [matched, charted, extent, unknownRows] = await Promise.all([
    countByMember(scope, ["all"], scope.period, scope.match),
    countByMember(scope, ["all", "topic"], scope.period, "knownStart"),
    findStartDayExtent(scope, scope.period),
    countUnknownStarts(filter, viewer),
  ]);
  const ranking = await rankCountedTopics(charted);
  return {
    overview: {
      total: matched.find((row) => row.dim === "all")?.n ?? 0,
      unknownStart: unknownRows.n,
      unknownOngoing: unknownRows.ongoing,
      charted: charted.find((row) => row.dim === "all")?.n ?? 0,
      firstMs: extent ? extent.first * DAY_MS : null,
      lastMs: extent ? extent.last * DAY_MS : null,
    },
    ranking,
  };
}

/** Matching events with an unknown start, and how many of those are ongoing: few, read through the index on earliest. */
async function countUnknownStarts(filter: ResolvedEventFilter, viewer: Viewer): Promise<{ n: number; ongoing: number }> {
  const rows = await readSql<{ n: unknown; ongoing: unknown }[]>`
    SELECT COUNT(*) AS n, SUM(CASE WHEN e.latest >= ${DATE_MAX} THEN 1 ELSE 0 END) AS ongoing
    FROM events e WHERE ${eventWhereSql(filter, viewer)} AND e.earliest <= ${DATE_MIN}`;
  return { n: toNumber(rows[0]?.n), ongoing: toNumber(rows[0]?.ongoing) };
}

/** Topics by their counted events, most first, ties by name. */
export async function rankCountedTopics(rows: MemberCount[]): Promise<TopicRank[]> {
  const topics = rows.filter((row) => row.dim === "topic" && row.n > 0 && row.member !== NONE_MEMBER && row.member !== LINKS_MEMBER);
  const labels = await labelMembers("topic", topics.map((row) => row.member));
  return topics
    .flatMap((row) => {
      const label = labels.get(row.member);
      return label ? [{ id: Number(row.member), slug: label.key, name: label.label, count: row.n }] : [];
    })
    .sort(byCountThenName);
}

/** Events per bucket, and per bucket and top topic, from event_counts. */
export async function countActivityBucketsFromCounts(scope: CountScope, interval: BucketInterval, top: TopicRank[]): Promise<{ bucketRows: ActivityBucketRow[]; cellRows: ActivityCellRow[] }> {
  const coarsest = interval === "year" ? YEAR_GRAIN : MONTH_GRAIN;
  const [totals, topicRows, withinTopRows] = await Promise.all([
    countStartsByPeriod(scope, "all", scope.period, coarsest),
    countStartsByPeriod(scope, "topic", scope.period, coarsest, [...top.map((topic) => String(topic.id)), NONE_MEMBER]),
    countStartsWithinTopics(scope, scope.period, coarsest, top.map((topic) => topic.id)),
  ]);
  return assembleActivityBuckets(interval, top, { totals, topicRows, withinTopRows });
}

export interface CountedActivityRows {
  /** Events per period. */
  totals: PeriodCount[];
  /** Events per period and top topic, and with no topic (member NONE_MEMBER). */
  topicRows: PeriodCount[];
  /** Events per period whose topics all lie in the top. */
  withinTopRows: PeriodCount[];
}

/** Places counted rows (each no coarser than the interval) in the chart's buckets. */
export function assembleActivityBuckets(interval: BucketInterval, top: TopicRank[], { totals, topicRows, withinTopRows }: CountedActivityRows): { bucketRows: ActivityBucketRow[]; cellRows: ActivityCellRow[] } {
  const slugOf = new Map(top.map((topic) => [String(topic.id), topic.slug]));
  const keyOf = (row: { grain: Grain; period: number }) => bucketKeyOfTime(periodStartDay(row.grain, row.period) * DAY_MS, interval);
  const buckets = new Map<string, ActivityBucketRow>();
  const bucket = (key: string) => {
    let row = buckets.get(key);
    if (!row) buckets.set(key, (row = { bucket: key, n: 0, noTopic: 0, other: 0 }));
    return row;
  };
  const cells = new Map<string, ActivityCellRow>();
  for (const row of totals) bucket(keyOf(row)).n += row.n;
  for (const row of topicRows) {
    const key = keyOf(row);
    if (row.member === NONE_MEMBER) bucket(key).noTopic += row.n;
    else {
      const slug = slugOf.get(row.member)!;
      const cell = cells.get(`${key} ${slug}`);
      if (cell) cell.n += row.n;
      else cells.set(`${key} ${slug}`, { bucket: key, slug, n: row.n });
    }
  }
  // An event with a topic outside the top is every event less those with no topic and those whose topics are all in the top.
  for (const row of withinTopRows) bucket(keyOf(row)).other -= row.n;
  for (const row of buckets.values()) row.other += row.n - row.noTopic;
  return { bucketRows: [...buckets.values()].filter((row) => row.n > 0).sort((a, b) => compareBucketKeys(a.bucket, b.bucket)), cellRows: [...cells.values()] };
}
