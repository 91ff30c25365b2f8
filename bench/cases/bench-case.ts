import { EMPTY_RESOLVED_FILTER, type ResolvedEventFilter } from "@/lib/queries/resolve-event-filter";
import type { RawDb } from "../raw-driver";

export type CaseGroup = "find" | "timeline" | "dashboard" | "entity" | "search" | "mix";

/** What both sides of a case return, so that they can be checked against each other. */
export interface CaseOutcome {
  /** The number the user sees: matching events. */
  count: number;
  /** Anything else that must agree (page ids, lane counts, …), compared as JSON. */
  fingerprint: unknown;
}

export interface BenchCase {
  group: CaseGroup;
  name: string;
  /** Said in the report when the baseline is not the same algorithm as the app (e.g. FTS vs LIKE). */
  note?: string;
  app: () => Promise<CaseOutcome>;
  raw: () => Promise<CaseOutcome>;
  /** False when app and baseline legitimately differ in what they match; then only `count > 0` is required where `expectMatches`. */
  strictCount?: boolean;
  expectMatches?: boolean;
}

/** Values picked from the bench database once, so the same filters run at every size. */
export interface BenchContext {
  raw: RawDb;
  topic: { id: number; slug: string };
  actor: { id: number; slug: string };
  country: string;
  rareTerm: string;
  absentTerm: string;
  /** The busiest members of each facet, for the seeded mix of filter combinations. */
  pool: { topics: { id: number; slug: string }[]; actors: { id: number; slug: string }[]; countries: string[] };
}

export function resolvedFilter(partial: Partial<ResolvedEventFilter>): ResolvedEventFilter {
  return { ...EMPTY_RESOLVED_FILTER, ...partial };
}

/** Anonymous readers see published, non-deleted events: the app's visibility rule, written by hand. */
export const VISIBLE = "e.deleted_at IS NULL AND e.status = 'published'";

export const yearStart = (year: number) => Date.UTC(year, 0, 1);
export const monthStart = (year: number, month: number) => Date.UTC(year, month - 1, 1);
