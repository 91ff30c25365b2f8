import type { Viewer } from "@/lib/domain/viewer";
import { filterPeriod } from "@/lib/filters/event-filter";
import type { BucketInterval } from "@/lib/charts/bucket-keys";
import { fillEmptyBuckets } from "@/lib/charts/fill-buckets";
import { planBuckets, type IntervalChoice } from "@/lib/charts/plan-buckets";
import { pivotToStackedRows } from "@/lib/charts/pivot-stacked";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import type { CountPlan } from "../counts/plan-count";
import type { PeriodCount } from "../counts/count-sql";
import { countActivityBucketsFromPairs, countActivityFromPairs } from "./activity-pairs";
import { countActivityBucketsFromCounts, countActivityFromCounts } from "./activity-counted";
import { countActivityBucketsLive, countActivityLive } from "./activity-live";
import type { ActivityBucketRow, ActivityCellRow, ActivityOverview } from "./activity-rows";
import { TOP_TOPICS, type TopicRank } from "./rank-topics";
import { activityFromMatrix } from "../matrix/matrix-dashboard";
import type { MatrixMatch } from "../matrix/match-in-matrix";

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

interface ActivitySource {
  overview(): Promise<{ overview: ActivityOverview; ranking: TopicRank[] }>;
  buckets(interval: BucketInterval, top: TopicRank[]): Promise<{ bucketRows: ActivityBucketRow[]; cellRows: ActivityCellRow[] }>;
}

/**
 * Where the chart is counted: the event matrix's matches when given, event_counts, event_pair_counts (one topic,
 * actor or country over all time) or the events in SQL.
 */
function activitySource(filter: ResolvedEventFilter, viewer: Viewer, plan: CountPlan, match: MatrixMatch | null): ActivitySource {
  if (match) return activityFromMatrix(match, filter);
  if (plan.table === "event_counts") {
    const { scope } = plan.target;
    return {
      overview: () => countActivityFromCounts(scope, filter, viewer),
      buckets: (interval, top) => countActivityBucketsFromCounts(scope, interval, top),
    };
  }
  if (plan.table === "event_pair_counts") {
    const pair = plan.target;
    let months: PeriodCount[] = [];
    return {
      overview: async () => {
        const counted = await countActivityFromPairs(pair);
        months = counted.months;
        return counted;
      },
      buckets: (interval, top) => countActivityBucketsFromPairs(pair, interval, top, months),
    };
  }
  return {
    overview: () => countActivityLive(filter, viewer),
    buckets: (interval, top) => countActivityBucketsLive(filter, viewer, interval, top.map((topic) => topic.id)),
  };
}

/** Events per time bucket, stacked by topic: from event_counts or event_pair_counts when the filter allows, else from the events. */
export async function getActivity(filter: ResolvedEventFilter, viewer: Viewer, countPlan: CountPlan, requested?: BucketInterval, match: MatrixMatch | null = null): Promise<ActivityStats> {
  const source = activitySource(filter, viewer, countPlan, match);
  const { overview, ranking } = await source.overview();
  const period = filterPeriod(filter);
  const plan = planBuckets({ dataFirst: overview.firstMs, dataLast: overview.lastMs, periodStart: period.start, periodEnd: period.end, requested });
  const base = {
    interval: plan.interval,
    intervalChoice: plan.choice,
    unknownStart: overview.unknownStart,
    unknownStartOngoing: overview.unknownOngoing,
    startedBeforePeriod: overview.total - overview.unknownStart - overview.charted };
  if (overview.charted === 0) return { ...base, series: [], buckets: [], continuous: true };

  const top = ranking.slice(0, TOP_TOPICS);
  const rest = ranking.slice(TOP_TOPICS);
  const { bucketRows, cellRows } = await source.buckets(plan.interval, top);

  const series = buildSeries(top, rest, bucketRows);
  const cells = [
    ...cellRows.map((row) => ({ bucket: row.bucket, series: row.slug, value: row.n })),
    ...bucketRows.map((row) => ({ bucket: row.bucket, series: OTHER_SERIES, value: row.other })),
    ...bucketRows.map((row) => ({ bucket: row.bucket, series: NO_TOPIC_SERIES, value: row.noTopic })),
  ];
  const totals = new Map(bucketRows.map((row) => [row.bucket, row.n]));
  const seriesKeys = series.map((s) => s.key);
  const pivoted = pivotToStackedRows(bucketRows.map((row) => row.bucket), seriesKeys, cells)
    .map((row) => ({ key: row.key, total: totals.get(row.key) ?? 0, counts: row.values }));
  const empty = (bucket: string): ActivityBucket => ({ key: bucket, total: 0, counts: Object.fromEntries(seriesKeys.map((s) => [s, 0])) });
  const buckets = plan.keys ? fillEmptyBuckets(plan.keys, pivoted, empty) : pivoted;
  return { ...base, series, buckets, continuous: plan.keys !== null };
}

function buildSeries(top: TopicRank[], rest: TopicRank[], bucketRows: ActivityBucketRow[]): ActivitySeries[] {
  const sum = (pick: (row: ActivityBucketRow) => number) => bucketRows.reduce((acc, row) => acc + pick(row), 0);
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
  const noTopicTotal = sum((row) => row.noTopic);
  if (noTopicTotal > 0) series.push({ key: NO_TOPIC_SERIES, label: "No topic", kind: "none", topics: [], topicNames: [], total: noTopicTotal });
  return series;
}
