import type { BucketInterval } from "@/lib/charts/bucket-keys";
import { DAY_MS, MONTH_GRAIN, periodStartDay, UNKNOWN_PERIOD, YEAR_GRAIN } from "../counts/count-pieces";
import type { PairTarget } from "../counts/count-scope";
import { NONE_MEMBER } from "../counts/count-columns";
import type { PeriodCount } from "../counts/count-sql";
import { countPairStartsByPeriod, countPairStartsWithinTopics, countPairTopicsWithKnownStart, countPairUnknownOngoing, countTargetStartsByMonth } from "../counts/pair-sql";
import { assembleActivityBuckets, rankCountedTopics } from "./activity-counted";
import type { ActivityBucketRow, ActivityCellRow, ActivityOverview } from "./activity-rows";
import type { TopicRank } from "./rank-topics";

/**
 * The activity chart of one topic, actor or country over all time (an entity page), from
 * event_pair_counts and the target's own event_counts rows: its months give the overview and the
 * bucket totals, its topic and topic-set pairs the stacks, its ongoing pairs how many unknown starts run on. The axis needs only the first and last
 * month: the chart's buckets are months or coarser when it picks them itself.
 */
export async function countActivityFromPairs(target: PairTarget): Promise<{ overview: ActivityOverview; ranking: TopicRank[]; months: PeriodCount[] }> {
  const [months, topics, unknownOngoing] = await Promise.all([
    countTargetStartsByMonth(target),
    countPairTopicsWithKnownStart(target),
    countPairUnknownOngoing(target),
  ]);
  const known = months.filter((row) => row.period !== UNKNOWN_PERIOD).sort((a, b) => a.period - b.period);
  const total = months.reduce((sum, row) => sum + row.n, 0);
  const unknownStart = total - known.reduce((sum, row) => sum + row.n, 0);
  const monthMs = (row: PeriodCount | undefined) => (row ? periodStartDay(MONTH_GRAIN, row.period) * DAY_MS : null);
  return {
    overview: {
      total,
      unknownStart,
      unknownOngoing,
      charted: total - unknownStart,
      firstMs: monthMs(known[0]),
      lastMs: monthMs(known.at(-1)),
    },
    ranking: await rankCountedTopics(topics),
    months: known,
  };
}

/** Events per bucket, and per bucket and top topic; `months` are the target's known-start months from countActivityFromPairs. */
export async function countActivityBucketsFromPairs(target: PairTarget, interval: BucketInterval, top: TopicRank[], months: PeriodCount[]): Promise<{ bucketRows: ActivityBucketRow[]; cellRows: ActivityCellRow[] }> {
  const grain = interval === "year" ? YEAR_GRAIN : MONTH_GRAIN;
  const [topicRows, withinTopRows] = await Promise.all([
    countPairStartsByPeriod(target, "topic", grain, [...top.map((topic) => String(topic.id)), NONE_MEMBER]),
    countPairStartsWithinTopics(target, grain, top.map((topic) => topic.id)),
  ]);
  return assembleActivityBuckets(interval, top, { totals: months, topicRows, withinTopRows });
}
