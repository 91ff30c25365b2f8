import { z } from "zod";
import { toParamRecord, type ParamError, type SearchParamsInput } from "@/lib/filters/event-filter";

/**
 * THE recipe for a view's own URL parameters (paging, sorting, the timeline's window and lanes, the dashboard's
 * interval; the event filter has its own, lib/filters/event-filter.ts). Each parameter is a zod schema over its one
 * text value and a fallback. Every parser answers the same shape: usable values (a bad or absent parameter takes
 * its fallback; values are read as written, untrimmed, unless the schema trims) and the errors, each naming its
 * parameter. Pages show the errors and render the rest; APIs answer 400 with them.
 */
export interface UrlParam<T> {
  schema: z.ZodType<T, string>;
  fallback: T;
}

export function urlParam<T>(schema: z.ZodType<T, string>, fallback: T): UrlParam<T> {
  return { schema, fallback };
}

export interface ParsedParams<T> {
  value: T;
  errors: ParamError[];
}

type Values<S> = { [K in keyof S]: S[K] extends UrlParam<infer T> ? T : never };

/** `only`: the request may hold no other parameter (an endpoint without the shared filter). */
export function parseUrlParams<S extends Record<string, UrlParam<unknown>>>(input: SearchParamsInput, params: S, { only = false } = {}): ParsedParams<Values<S>> {
  const record = toParamRecord(input);
  const errors: ParamError[] = [];
  if (only) {
    for (const key of Object.keys(record)) {
      if (!(key in params)) errors.push({ param: key, message: `“${key}” is not a parameter here (use ${Object.keys(params).join(" and ")}).` });
    }
  }
  const value: Record<string, unknown> = {};
  for (const [key, { schema, fallback }] of Object.entries(params)) {
    value[key] = fallback;
    const given = record[key] ?? [];
    // A repeated parameter is reported, and its first value still read, as a page would show it.
    if (given.length > 1) errors.push({ param: key, message: `“${key}” is given ${given.length} times; give it once.` });
    const text = given[0];
    if (!text) continue;
    const parsed = schema.safeParse(text);
    if (parsed.success) value[key] = parsed.data;
    else errors.push({ param: key, message: `“${key}” ${parsed.error.issues[0]?.message ?? "is not valid"}` });
  }
  return { value: value as Values<S>, errors };
}

/** A whole number written plainly, from `min` to `max`. */
/** Ids are PostgreSQL integers: a larger number names nothing, and would fail the query rather than find nothing. */
export const MAX_ID = 2_147_483_647;

export function wholeNumber(min: number, max: number, message = `must be one whole number from ${min} to ${max}.`): z.ZodType<number, string> {
  return z.string().regex(/^\d{1,15}$/, message).transform(Number).pipe(z.number().min(min, message).max(max, message));
}

/** One of `options`, written exactly. */
export function oneOf<T extends string>(options: readonly T[], message = `must be one of ${options.join(", ")}.`): z.ZodType<T, string> {
  return z.enum(options as readonly [T, ...T[]], { error: message }) as unknown as z.ZodType<T, string>;
}

/** An event id in a URL parameter: a whole number from 1 to MAX_ID. */
export const eventIdParam = wholeNumber(1, MAX_ID, `must be an event id: a whole number from 1 to ${MAX_ID}.`);
