import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "@/lib/queries/resolve-event-filter";
import type { CountScope, CountTarget, PairTarget } from "@/lib/queries/counts/count-scope";
import { planCount } from "@/lib/queries/counts/plan-count";

/** The event_counts rows a list or timeline reads for the filter, or null when the planner sends it to the events. */
export function countedTarget(filter: ResolvedEventFilter, viewer: Viewer): CountTarget | null {
  const plan = planCount(filter, viewer, "events");
  return plan.table === "event_counts" ? plan.target : null;
}

/** The scope of the dashboard's event_counts reads (all events), or null. */
export function dashboardScope(filter: ResolvedEventFilter, viewer: Viewer): CountScope | null {
  const plan = planCount(filter, viewer, "dashboard");
  return plan.table === "event_counts" ? plan.target.scope : null;
}

/** The member the dashboard reads from event_pair_counts, or null. */
export function dashboardPairTarget(filter: ResolvedEventFilter, viewer: Viewer): PairTarget | null {
  const plan = planCount(filter, viewer, "dashboard");
  return plan.table === "event_pair_counts" ? plan.target : null;
}
