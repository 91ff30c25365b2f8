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
  if (filter.q || filter.topicIds.length || filter.actorIds.length || filter.countries.length) return null;
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
