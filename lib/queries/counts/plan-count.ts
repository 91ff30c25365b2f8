import type { Viewer } from "@/lib/domain/viewer";
import { filterPeriod } from "@/lib/filters/event-filter";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import type { CountScope, CountTarget, PairTarget } from "./count-scope";
import { DAY_MS } from "./count-pieces";
import { readableStatus } from "../visibility";
import { FACETS } from "@/lib/domain/facets";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { FACET_TABLES, namedFacets } from "../sql/facet-sql";
import { matrixEnabled } from "../matrix/matrix-source";

/**
 * What a count is for, which decides what may answer it:
 * - "events": a list's total or the timeline's extent, for all events or one member (event_counts, event_link_days);
 * - "window": a timeline window, the same, with the overlap match only (a window holds what overlaps it);
 * - "dashboard": the dashboard's numbers: all events by period (event_counts), or one member over all time
 *   (event_pair_counts); a member within a period is counted from the events.
 */
export type CountPurpose = "events" | "window" | "dashboard";

/**
 * Which table answers, chosen in one place for every entry point. "event_matrix" is the events themselves, held in
 * memory (lib/queries/matrix): any filter, counted in a pass over arrays; an entry point that has no use for it (the
 * timeline) or finds it unavailable (off, rebuilding) counts from the events in SQL, the same numbers.
 */
export type CountPlan =
  | { table: "event_counts"; target: CountTarget }
  | { table: "event_pair_counts"; target: PairTarget }
  | { table: "event_matrix"; reason: string }
  | { table: "events"; reason: string };

/** `lanes`: what a timeline window is laned by; lanes the count tables do not count send it to the events. */
export type CountPlanner = (filter: ResolvedEventFilter, viewer: Viewer, purpose: CountPurpose, lanes?: LaneGrouping) => CountPlan;

const COUNTED_FACETS = FACETS.filter((facet) => FACET_TABLES[facet.name].counted);

/**
 * The filter keys the count tables understand: the period, the importance, the status and the facets they count.
 * An allow-list: a filter with any other key set (a text search, a facet the tables do not count, a key added
 * later) is counted from the events, so forgetting to teach the planner a key costs speed, never a wrong total.
 */
export const COUNTED_FILTER_KEYS: readonly string[] = [
  "from", "to", "match", "minImportance", "status",
  ...COUNTED_FACETS.flatMap((facet) => [facet.field, facet.resolvedField]),
];
const COUNTED = new Set(COUNTED_FILTER_KEYS);

const isSet = (value: unknown) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

/** The filter's keys that are set and that the count tables cannot answer. */
export function uncountedKeys(filter: ResolvedEventFilter): string[] {
  return Object.entries(filter).filter(([key, value]) => !COUNTED.has(key) && isSet(value)).map(([key]) => key);
}

const events = (reason: string): CountPlan => (matrixEnabled() ? { table: "event_matrix", reason } : { table: "events", reason });

/** Counts from the events in SQL, whatever the filter: what every plan must agree with. */
export const countFromEvents: CountPlanner = () => ({ table: "events", reason: "asked for" });

export const planCount: CountPlanner = (filter, viewer, purpose, lanes = "none") => {
  const uncounted = uncountedKeys(filter);
  if (uncounted.length) return events(`the count tables do not count ${uncounted.join(", ")}`);
  if (lanes !== "none" && !FACET_TABLES[lanes].counted) return events(`the count tables do not count lanes by ${lanes}`);
  const period = filterPeriod(filter);
  const wholeDay = (ms: number | null) => ms === null || Number.isInteger(ms / DAY_MS);
  if (!wholeDay(period.start) || !wholeDay(period.end)) return events("the period does not start and end on whole days");
  const status = readableStatus(viewer, filter.status);
  const scope: CountScope = {
    status: status === "any" ? null : status,
    minImportance: filter.minImportance ?? 1,
    period,
    match: filter.match ?? "overlap",
  };
  // Only counted facets get here (the allow-list above), and the count tables name their dims after them.
  const members = namedFacets(filter).flatMap(({ facet, stored }) => stored.map((value) => ({ dim: facet.name as PairTarget["dim"], member: String(value) })));
  // The tables count one member at a time: how many events of topic A are in country B is not in them.
  if (members.length > 1) return events("the count tables count one topic, actor or country at a time");
  const member = members[0];
  if (purpose === "window" && scope.match !== "overlap") return events("a window counts what overlaps it");
  if (purpose !== "dashboard") return { table: "event_counts", target: { scope, ...(member ?? { dim: "all" as const, member: "" }) } };
  if (!member) return { table: "event_counts", target: { scope, dim: "all", member: "" } };
  // event_pair_counts keeps a member's links by month, year and all time, not by day.
  if (period.start !== null || period.end !== null) return events("a member's dashboard is counted over all time only");
  return { table: "event_pair_counts", target: { scope, ...member } };
};
