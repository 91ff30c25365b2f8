import { canEdit, type Viewer } from "@/lib/domain/viewer";
import { filterPeriod, type PeriodMatch } from "@/lib/filters/event-filter";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { DAY_MS } from "./count-pieces";

/** What event_counts can answer exactly: visibility, status, importance and a period; no text or taxonomy filter. */
export interface CountScope {
  /** Null: every status (an editor asking for any). */
  status: string | null;
  minImportance: number;
  /** The filter's period in ms (whole days), null where open. */
  period: { start: number | null; end: number | null };
  match: PeriodMatch;
}

/**
 * The filter as event_counts sees it, or null when the counts cannot answer it: a text search or a
 * topic, actor or country filter needs the events themselves (the table counts one dimension at a
 * time, so it cannot say how many events of topic A are in country B).
 */
export function countScope(filter: ResolvedEventFilter, viewer: Viewer): CountScope | null {
  if (filter.topicIds.length || filter.actorIds.length || filter.countries.length) return null;
  return baseScope(filter, viewer);
}

/** The rows that count a filter's events: all events, or those of one topic, actor or country. */
export interface CountTarget {
  scope: CountScope;
  dim: "all" | "topic" | "actor" | "country";
  member: string;
}

/** Like countScope, but also accepts one topic, actor or country: its own rows count those events. */
export function countTarget(filter: ResolvedEventFilter, viewer: Viewer): CountTarget | null {
  const scope = baseScope(filter, viewer);
  if (!scope) return null;
  const named = [
    ...filter.topicIds.map((id) => ({ dim: "topic" as const, member: String(id) })),
    ...filter.actorIds.map((id) => ({ dim: "actor" as const, member: String(id) })),
    ...filter.countries.map((code) => ({ dim: "country" as const, member: code })),
  ];
  if (named.length > 1) return null;
  return { scope, ...(named[0] ?? { dim: "all" as const, member: "" }) };
}

/** One topic, actor or country over all time: what event_pair_counts answers (see pair-sql.ts). */
export interface PairTarget {
  scope: CountScope;
  dim: "topic" | "actor" | "country";
  member: string;
}

/**
 * The filter as event_pair_counts sees it: exactly one topic, actor or country, no period (the pairs
 * are kept by month, year and all time, not by day), no text. An entity page's filter is one of these.
 */
export function pairTarget(filter: ResolvedEventFilter, viewer: Viewer): PairTarget | null {
  const target = countTarget(filter, viewer);
  if (!target || target.dim === "all") return null;
  if (target.scope.period.start !== null || target.scope.period.end !== null) return null;
  return { scope: target.scope, dim: target.dim, member: target.member };
}

function baseScope(filter: ResolvedEventFilter, viewer: Viewer): CountScope | null {
  if (filter.q) return null;
  const period = filterPeriod(filter);
  const wholeDay = (ms: number | null) => ms === null || Number.isInteger(ms / DAY_MS);
  if (!wholeDay(period.start) || !wholeDay(period.end)) return null;
  const status = canEdit(viewer) ? (filter.status ?? "any") : "published";
  return {
    status: status === "any" ? null : status,
    minImportance: filter.minImportance ?? 1,
    period,
    match: filter.match ?? "overlap",
  };
}
