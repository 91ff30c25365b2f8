import type { PeriodMatch } from "@/lib/filters/event-filter";

/** What event_counts can answer exactly: visibility, status, importance and a period (see planCount). */
export interface CountScope {
  /** Null: every status (an editor asking for any). */
  status: string | null;
  minImportance: number;
  /** The filter's period in ms (whole days), null where open. */
  period: { start: number | null; end: number | null };
  match: PeriodMatch;
}

/** The rows that count a filter's events: all events, or those of one topic, actor or country. */
export interface CountTarget {
  scope: CountScope;
  dim: "all" | "topic" | "actor" | "country";
  member: string;
}

/** One topic, actor or country over all time: what event_pair_counts answers (see pair-sql.ts). */
export interface PairTarget {
  scope: CountScope;
  dim: "topic" | "actor" | "country";
  member: string;
}
