import type { ActivityStats } from "@/lib/queries/get-dashboard-stats";
import type { EventFilter } from "@/lib/filters/event-filter";
import type { BucketInterval } from "@/lib/charts/bucket-keys";
import { EVENT_UNIT } from "@/lib/charts/chart-data";
import { toActivityChartData, toActivitySeries, toActivityTable } from "@/lib/dashboard/activity-chart-data";
import { ChartSection } from "@/components/charts/chart-section";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { SeriesLegend } from "./series-legend";
import { ActivityNotes } from "./activity-notes";
import { IntervalPicker } from "./interval-picker";
import styles from "./dashboard.module.css";

const INTERVAL_NOUN: Record<BucketInterval, string> = { month: "month", quarter: "quarter", year: "year" };

interface ActivityChartProps {
  activity: ActivityStats;
  filter: EventFilter;
  requestedInterval?: BucketInterval;
}

/** Events per month (or quarter, or year) by the time they may first have happened, stacked by topic. */
export function ActivityChart({ activity, filter, requestedInterval }: ActivityChartProps) {
  const series = toActivitySeries(activity);
  const data = toActivityChartData(activity, filter);
  return (
    <ChartSection
      id="activity"
      title={`Events per ${INTERVAL_NOUN[activity.interval]}, by topic`}
      description={`Each event is placed in the ${INTERVAL_NOUN[activity.interval]} of its earliest possible start. Select a bar, a segment or a ${INTERVAL_NOUN[activity.interval]} label to list its events.`}
    >
      <IntervalPicker filter={filter} requested={requestedInterval} effective={activity.interval} />
      {data.length > 0 ? (
        <>
          <SeriesLegend series={series} totals={Object.fromEntries(activity.series.map((s) => [s.key, s.total]))} />
          <StackedBarChart data={data} series={series} unit={EVENT_UNIT} totalNote="(each counted once)" />
        </>
      ) : (
        <p className={styles.emptyChart}>None of these events has a known start, so there is nothing to place on a time axis.</p>
      )}
      <ActivityNotes activity={activity} filter={filter} />
      {data.length > 0 && <ChartDataTable caption={`Events per ${INTERVAL_NOUN[activity.interval]}, by topic`} table={toActivityTable(activity, filter)} />}
    </ChartSection>
  );
}
