import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/get-viewer";
import { canEdit } from "@/lib/domain/viewer";
import { isFilterEmpty } from "@/lib/filters/event-filter";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { listFilterOptions } from "@/lib/queries/list-filter-options";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { INTERVAL_PARAM, parseIntervalParam } from "@/lib/dashboard/interval-param";
import { describeFilterPeriod } from "@/lib/dashboard/period-label";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterErrors } from "@/components/filters/filter-errors";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { ActivityChart } from "@/components/dashboard/activity-chart";
import { CountryChart } from "@/components/dashboard/country-chart";
import { ActorChart } from "@/components/dashboard/actor-chart";
import { DashboardEmpty } from "@/components/dashboard/dashboard-empty";
import styles from "@/components/dashboard/dashboard.module.css";

export const metadata: Metadata = { title: "Dashboard" };

interface DashboardPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DashboardPage({ searchParams }: DashboardPageProps) {
  const params = await searchParams;
  const [viewer, loaded] = await Promise.all([getViewer(), loadEventFilter(params, [INTERVAL_PARAM])]);
  const interval = parseIntervalParam(params);
  const filter = loaded.ok ? loaded.filter : loaded.fallback;
  const errors = [...(loaded.ok ? [] : loaded.errors), ...interval.errors];
  const [options, stats] = await Promise.all([
    listFilterOptions(filter.actors),
    getDashboardStats({ filter, viewer, interval: interval.value }),
  ]);

  return (
    <>
      <div className={styles.header}>
        <h1>Dashboard</h1>
        <p className={styles.period}>{describeFilterPeriod(filter)}</p>
      </div>
      <FilterErrors errors={errors} />
      <FilterBar options={options} showStatus={canEdit(viewer)} />
      {stats.headline.counts.events === 0 ? (
        <>
          {stats.headline.previous && stats.headline.previous.counts.events > 0 && <HeadlineCards headline={stats.headline} filter={filter} />}
          <DashboardEmpty filtered={!isFilterEmpty(filter)} />
        </>
      ) : (
        <>
          <HeadlineCards headline={stats.headline} filter={filter} />
          <div className={styles.charts}>
            <div className={styles.wide}>
              <ActivityChart activity={stats.activity} filter={filter} requestedInterval={interval.value} />
            </div>
            <CountryChart countries={stats.byCountry} filter={filter} />
            <ActorChart actors={stats.topActors} filter={filter} />
          </div>
        </>
      )}
    </>
  );
}
