import { ANONYMOUS } from "@/lib/domain/viewer";
import { findEvents, type EventSort } from "@/lib/queries/find-events";
import { COUNT_CAP } from "@/lib/queries/count-matching-events";
import { planCount } from "@/lib/queries/counts/plan-count";
import type { ResolvedEventFilter } from "@/lib/queries/resolve-event-filter";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { hydrateRaw } from "../raw-driver";
import { resolvedFilter, VISIBLE, yearStart, type BenchCase, type BenchContext, type CaseGroup } from "./bench-case";

export const PAGE_SIZE = 50;

const partial = (value: string) => {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

/**
 * One page of 50 by date (or another order) through findEvents, against the same page, count and hydration written by hand.
 * Both sides count exactly when the app can (planCount: event_counts or the event matrix answers), at most
 * COUNT_CAP + 1 rows otherwise (the app shows "10,000+" past it), and read one row past the page to know whether a
 * next page exists.
 */
/** Also read what the page shows beyond the summaries, e.g. the texts search snippets are cut from. */
type PageExtra = (ids: number[]) => Promise<unknown>;

/** The page's order: the app's sort, and the same order written by hand (with its parameters, after the filter's). */
export interface PageOrder {
  sort: EventSort;
  sql: string;
  params: unknown[];
}

const BY_DATE: PageOrder = { sort: "date", sql: "e.earliest ASC, e.latest ASC, e.id ASC", params: [] };

export function findCase(ctx: BenchContext, group: CaseGroup, name: string, filter: ResolvedEventFilter, where: string, params: unknown[], extra?: PageExtra, order = BY_DATE): BenchCase {
  // The app counts exactly from event_counts or the event matrix when it can; the hand-written side then counts every match.
  const exact = ["event_counts", "event_matrix"].includes(planCount(filter, ANONYMOUS, "events").table);
  return {
    group,
    name,
    app: async () => {
      const result = await findEvents({ filter, viewer: ANONYMOUS, sort: order.sort, page: 1, pageSize: PAGE_SIZE });
      return { count: result.total, fingerprint: result.rows.map((row) => row.id) };
    },
    raw: async () => {
      const count = exact
        ? `SELECT COUNT(*) AS n FROM events e WHERE ${where}`
        : `SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM events e WHERE ${where} LIMIT ${COUNT_CAP + 1}) capped`;
      const [page, counted] = await Promise.all([
        ctx.raw.all<{ id: number }>(`SELECT e.id FROM events e WHERE ${where} ORDER BY ${order.sql} LIMIT ${PAGE_SIZE + 1}`, [...params, ...order.params]),
        ctx.raw.all<{ n: unknown }>(count, params),
      ]);
      const ids = page.slice(0, PAGE_SIZE).map((row) => Number(row.id));
      const [rows] = await Promise.all([hydrateRaw(ctx.raw, ids), extra?.(ids)]);
      const n = Number(counted[0]?.n ?? 0);
      return { count: exact ? n : Math.min(n, COUNT_CAP), fingerprint: rows.map((row) => Number(row.id)) };
    },
  };
}

export function findCases(ctx: BenchContext): BenchCase[] {
  const { topic, actor, country } = ctx;
  return [
    findCase(ctx, "find", "no filter, by date", resolvedFilter({}), VISIBLE, []),
    findCase(ctx, "find", "topic (the most used)", resolvedFilter({ topics: [topic.slug], topicIds: [topic.id] }),
      `${VISIBLE} AND EXISTS (SELECT 1 FROM event_topics ft WHERE ft.event_id = e.id AND ft.topic_id = ?)`, [topic.id]),
    findCase(ctx, "find", "country (the most used) + from=2015 to=2016", resolvedFilter({ countries: [country], from: partial("2015"), to: partial("2016") }),
      `${VISIBLE} AND e.earliest < ? AND e.latest > ? AND EXISTS (SELECT 1 FROM event_countries fc WHERE fc.event_id = e.id AND fc.country_code = ?)`,
      [yearStart(2017), yearStart(2015), country]),
    findCase(ctx, "find", "actor (the most used) + importance ≥ 3", resolvedFilter({ actors: [actor.slug], actorIds: [actor.id], minImportance: 3 }),
      `${VISIBLE} AND e.importance >= ? AND EXISTS (SELECT 1 FROM event_actors fa WHERE fa.event_id = e.id AND fa.actor_id = ?)`, [3, actor.id]),
  ];
}
