import type { ActivityStats } from "@/lib/queries/dashboard/get-activity";
import type { EventFilter } from "@/lib/filters/event-filter";
import { EVENT_UNIT, formatCount, type ChartSeries, type ChartTable, type StackedBarDatum } from "@/lib/charts/chart-data";
import { formatBucketLabel, formatBucketLabelLong } from "@/lib/charts/format-bucket-label";
import { NONE_COLOUR, OTHER_COLOUR, seriesColour } from "@/lib/charts/series-palette";
import { hrefOrNull, narrowToBucket, narrowToBucketAndTopics } from "./drill-down";

/** Topic stacks in ranking order, each with its colour; "Other" and "No topic" keep fixed greys. */
export function toActivitySeries(activity: ActivityStats): ChartSeries[] {
  let topicIndex = 0;
  return activity.series.map((series) => ({
    key: series.key,
    label: series.label,
    colour: series.kind === "other" ? OTHER_COLOUR : series.kind === "none" ? NONE_COLOUR : seriesColour(topicIndex++),
  }));
}

/** Bars for the stacked chart, each bar and segment linked to the events it counted. */
export function toActivityChartData(activity: ActivityStats, filter: EventFilter): StackedBarDatum[] {
  return activity.buckets.map((bucket) => ({
    key: bucket.key,
    label: formatBucketLabel(bucket.key),
    longLabel: formatBucketLabelLong(bucket.key),
    total: bucket.total,
    values: bucket.counts,
    href: bucket.total > 0 ? hrefOrNull(narrowToBucket(filter, bucket.key)) : null,
    segmentHrefs: Object.fromEntries(
      activity.series.map((series) => [
        series.key,
        (bucket.counts[series.key] ?? 0) > 0 ? hrefOrNull(narrowToBucketAndTopics(filter, bucket.key, series.topics)) : null,
      ]),
    ),
  }));
}

/** One row per period with events: its total, then each stack; every number opens its events. */
export function toActivityTable(activity: ActivityStats, filter: EventFilter): ChartTable {
  const bars = toActivityChartData(activity, filter).filter((bar) => bar.total > 0);
  return {
    columns: [{ label: "Period" }, { label: "Events", numeric: true }, ...activity.series.map((s) => ({ label: s.label, numeric: true }))],
    rows: bars.map((bar) => ({
      key: bar.key,
      cells: [
        { text: bar.longLabel },
        { text: String(bar.total), href: bar.href, label: `${bar.longLabel}: ${formatCount(bar.total, EVENT_UNIT)}` },
        ...activity.series.map((series) => {
          const value = bar.values[series.key] ?? 0;
          return { text: String(value), href: bar.segmentHrefs[series.key], label: `${series.label}, ${bar.longLabel}: ${formatCount(value, EVENT_UNIT)}` };
        }),
      ],
    })),
  };
}
