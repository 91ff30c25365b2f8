import { z } from "zod";
import { parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { formatPartialDateValue, parsePartialDate, partialDateSpan, type PartialDate } from "@/lib/dates/partial-date";
import { EVENT_STATUSES, IMPORTANCE_MAX, IMPORTANCE_MIN } from "@/lib/domain/event-vocabulary";
import { FACETS, NO_FACET_VALUES, type FacetParam, type FacetValues } from "@/lib/domain/facets";

/**
 * The one event filter. The timeline, table, dashboard, API and exports all read it from the URL with
 * parseEventFilter and hand it to lib/queries; the client edits it through eventFilterParsers (nuqs),
 * which write the same keys in the same format.
 */

export const STATUS_FILTERS = [...EVENT_STATUSES, "any"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const PERIOD_MATCHES = ["overlap", "start"] as const;
export type PeriodMatch = (typeof PERIOD_MATCHES)[number];

export interface EventFilter extends FacetValues {
  q?: string;
  from?: PartialDate;
  to?: PartialDate;
  /**
   * How from/to select events: "overlap" (default) keeps every event that may have happened in the
   * period; "start" keeps events whose earliest possible start lies in it, which is how the dashboard
   * buckets activity, so a drill-down from a bar lists exactly the events it counted.
   */
  match?: PeriodMatch;
  minImportance?: number;
  /** Only honoured for editors; readers always see published events. */
  status?: StatusFilter;
}

export const EMPTY_FILTER: EventFilter = { ...NO_FACET_VALUES };

export type FilterKey = "q" | "from" | "to" | "match" | FacetParam | "importance" | "status";
export const FILTER_KEYS: readonly FilterKey[] = ["q", "from", "to", "match", ...FACETS.map((facet) => facet.param), "importance", "status"];

const MAX_LIST = 50;

const listParam = (itemSchema: z.ZodType<string, string>, what: string) =>
  z
    .string()
    .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(itemSchema).max(MAX_LIST, `lists at most ${MAX_LIST} ${what}`));

/** A partial date as the URL writes it ("2025-06", "June 2025"), with the date model's message when it is not one. */
export const partialDateParam = z.string().transform((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  return parsed.value;
});

export const eventFilterSchema = z
  .object({
    q: z.string().trim().max(200, "is longer than 200 characters").optional(),
    from: partialDateParam.optional(),
    to: partialDateParam.optional(),
    match: z.enum(PERIOD_MATCHES, { message: `must be one of ${PERIOD_MATCHES.join(", ")}` }).optional(),
    ...(Object.fromEntries(FACETS.map((facet) => [facet.param, listParam(facet.item, facet.plural).optional()])) as Record<FacetParam, z.ZodOptional<ReturnType<typeof listParam>>>),
    importance: z
      .string()
      .regex(/^\d+$/, `must be a whole number from ${IMPORTANCE_MIN} to ${IMPORTANCE_MAX}`)
      .transform(Number)
      .pipe(z.number().min(IMPORTANCE_MIN, `must be at least ${IMPORTANCE_MIN}`).max(IMPORTANCE_MAX, `must be at most ${IMPORTANCE_MAX}`))
      .optional(),
    status: z.enum(STATUS_FILTERS, { message: `must be one of ${STATUS_FILTERS.join(", ")}` }).optional(),
  })
  .transform(
    (raw): EventFilter => ({
      ...(raw.q ? { q: raw.q } : {}),
      ...(raw.from ? { from: raw.from } : {}),
      ...(raw.to ? { to: raw.to } : {}),
      ...(raw.match && raw.match !== "overlap" ? { match: raw.match } : {}),
      ...(Object.fromEntries(FACETS.map((facet) => [facet.field, raw[facet.param] ?? []])) as unknown as FacetValues),
      ...(raw.importance ? { minImportance: raw.importance } : {}),
      ...(raw.status ? { status: raw.status } : {}),
    }),
  )
  .superRefine((filter, ctx) => {
    if (filter.from && filter.to && partialDateSpan(filter.to).end <= partialDateSpan(filter.from).start) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "is before “from”: the period would be empty" });
    }
  });

export interface ParamError {
  param: string;
  message: string;
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export function toParamRecord(input: SearchParamsInput): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  const entries: [string, string | string[] | undefined][] =
    input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    (record[key] ??= []).push(...(Array.isArray(value) ? value : [value]));
  }
  return record;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

/**
 * Strictly parses the filter part of a query string. `otherKeys` are the parameters the caller
 * owns (paging, sorting, the timeline window); anything else is reported as unknown.
 */
export function parseEventFilter(input: SearchParamsInput, otherKeys: readonly string[] = []): ParseOutcome<EventFilter> {
  const params = toParamRecord(input);
  const errors: ParamError[] = [];
  const raw: Record<string, string> = {};
  for (const [key, values] of Object.entries(params)) {
    if ((FILTER_KEYS as readonly string[]).includes(key)) {
      if (values.length > 1) errors.push({ param: key, message: `“${key}” is given ${values.length} times; give it once (lists are comma-separated).` });
      const value = values[0] ?? "";
      if (value !== "") raw[key] = value;
    } else if (!otherKeys.includes(key)) {
      errors.push({ param: key, message: `“${key}” is not a filter Chronicle knows. Known: ${[...FILTER_KEYS, ...otherKeys].join(", ")}.` });
    }
  }
  const parsed = eventFilterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const param = String(issue.path[0] ?? "filter");
      errors.push({ param, message: `“${param}” ${issue.message.replace(/^“[^”]*” /, "")}`.trim() });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

/** Canonical query string of a filter: stable key order, empty values left out. */
export function serializeEventFilter(filter: EventFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.from) params.set("from", formatPartialDateValue(filter.from));
  if (filter.to) params.set("to", formatPartialDateValue(filter.to));
  if (filter.match && filter.match !== "overlap") params.set("match", filter.match);
  for (const facet of FACETS) if (filter[facet.field].length) params.set(facet.param, filter[facet.field].join(","));
  if (filter.minImportance) params.set("importance", String(filter.minImportance));
  if (filter.status) params.set("status", filter.status);
  return params;
}

/** The period the filter names, half-open; open sides are null. */
export function filterPeriod(filter: EventFilter): { start: number | null; end: number | null } {
  return {
    start: filter.from ? partialDateSpan(filter.from).start : null,
    end: filter.to ? partialDateSpan(filter.to).end : null,
  };
}

export function isFilterEmpty(filter: EventFilter): boolean {
  return serializeEventFilter(filter).size === 0;
}

/** Client-side parsers for nuqs: the same keys and formats that parseEventFilter reads. */
export const eventFilterParsers = {
  q: parseAsString,
  from: parseAsString,
  to: parseAsString,
  match: parseAsStringLiteral(PERIOD_MATCHES),
  ...(Object.fromEntries(FACETS.map((facet) => [facet.param, parseAsArrayOf(parseAsString)])) as Record<FacetParam, ReturnType<typeof parseAsArrayOf<string>>>),
  importance: parseAsInteger,
  status: parseAsStringLiteral(STATUS_FILTERS),
};
