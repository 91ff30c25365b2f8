import type { Viewer } from "@/lib/domain/viewer";
import type { EventFilter } from "@/lib/filters/event-filter";
import type { BucketInterval } from "@/lib/charts/bucket-keys";
import { computeChange, type Change } from "@/lib/charts/percent-change";
import { previousPeriodFilter } from "@/lib/dashboard/previous-period";
import { formatPeriodLabel } from "@/lib/dashboard/period-label";
import type { ResolvedEventFilter } from "./resolve-event-filter";
import { getActivity, type ActivityStats } from "./dashboard/get-activity";
import { countEventsByCountry, type CountryCount } from "./dashboard/count-events-by-country";
import { findTopActors, TOP_ACTORS, type ActorCount } from "./dashboard/find-top-actors";
import { countDashboardFromCounts, countDashboardFromPairs, countHeadlineFromCounts } from "./dashboard/dashboard-counted";
import { planCount, type CountPlanner } from "./counts/plan-count";
import { countHeadline, type HeadlineCounts } from "./dashboard/count-headline";
import { countriesFromMatrix, headlineFromMatrix, topActorsFromMatrix } from "./matrix/matrix-dashboard";
import { matchInMatrix } from "./matrix/match-in-matrix";

export type { ActivityStats, ActivitySeries, ActivityBucket } from "./dashboard/get-activity";
export type { CountryCount } from "./dashboard/count-events-by-country";
export type { ActorCount } from "./dashboard/find-top-actors";
export type { HeadlineCounts } from "./dashboard/count-headline";

export interface PreviousPeriod {
  /** The filter with its period moved back by its own length; everything else unchanged. */
  filter: EventFilter;
  label: string | null;
  counts: HeadlineCounts;
  change: Record<keyof HeadlineCounts, Change>;
}

export interface DashboardHeadline {
  counts: HeadlineCounts;
  periodLabel: string | null;
  /** Null when the filter names no closed period (from and to): there is nothing to compare with. */
  previous: PreviousPeriod | null;
}

export interface DashboardStats {
  headline: DashboardHeadline;
  activity: ActivityStats;
  byCountry: CountryCount[];
  topActors: ActorCount[];
}

export interface GetDashboardStatsOptions {
  filter: ResolvedEventFilter;
  viewer: Viewer;
  /** Overrides the automatic bucket size of the activity chart. */
  interval?: BucketInterval;
  planner?: CountPlanner;
}

function compare(current: HeadlineCounts, previous: HeadlineCounts): Record<keyof HeadlineCounts, Change> {
  return {
    events: computeChange(current.events, previous.events),
    countries: computeChange(current.countries, previous.countries),
    actors: computeChange(current.actors, previous.actors),
    topics: computeChange(current.topics, previous.topics),
  };
}

function withoutIds({ topicIds: _topicIds, actorIds: _actorIds, ...filter }: ResolvedEventFilter): EventFilter {
  return filter;
}

/**
 * Everything the dashboard shows for a filter, counted where the planner says (see planCount): event_counts,
 * event_pair_counts, the event matrix, or a GROUP BY over the matching events.
 */
export async function getDashboardStats({ filter, viewer, interval, planner = planCount }: GetDashboardStatsOptions): Promise<DashboardStats> {
  const previousFilter = previousPeriodFilter(filter);
  const plan = planner(filter, viewer, "dashboard");
  const previousPlan = previousFilter && planner(previousFilter, viewer, "dashboard");
  const searches = new Map<string, Promise<Int32Array>>();
  const [match, previousMatch] = await Promise.all([
    plan.table === "event_matrix" ? matchInMatrix(filter, viewer, searches) : null,
    previousFilter && previousPlan?.table === "event_matrix" ? matchInMatrix(previousFilter, viewer, searches) : null,
  ]);
  const [{ counts, byCountry, topActors }, activity, previousCounts] = await Promise.all([
    match
      ? Promise.all([countriesFromMatrix(match), topActorsFromMatrix(match, TOP_ACTORS)]).then(([byCountry, topActors]) => ({ counts: headlineFromMatrix(match), byCountry, topActors }))
      : plan.table === "event_counts"
        ? countDashboardFromCounts(plan.target.scope, TOP_ACTORS)
        : plan.table === "event_pair_counts"
          ? countDashboardFromPairs(plan.target, TOP_ACTORS)
          : Promise.all([countHeadline(filter, viewer), countEventsByCountry(filter, viewer), findTopActors(filter, viewer)]).then(([counts, byCountry, topActors]) => ({ counts, byCountry, topActors })),
    getActivity(filter, viewer, plan, interval, match),
    previousMatch
      ? headlineFromMatrix(previousMatch)
      : previousPlan?.table === "event_counts"
        ? countHeadlineFromCounts(previousPlan.target.scope)
        : previousFilter
          ? countHeadline(previousFilter, viewer)
          : Promise.resolve(null),
  ]);
  const previous = previousFilter && previousCounts
    ? {
        filter: withoutIds(previousFilter),
        label: formatPeriodLabel(previousFilter.from, previousFilter.to),
        counts: previousCounts,
        change: compare(counts, previousCounts),
      }
    : null;
  return {
    headline: { counts, periodLabel: formatPeriodLabel(filter.from, filter.to), previous },
    activity,
    byCountry,
    topActors,
  };
}
