import { parseEventFilter, toParamRecord, type ParamError, type SearchParamsInput } from "@/lib/filters/event-filter";
import { EMPTY_RESOLVED_FILTER, resolveEventFilter, type ResolvedEventFilter } from "./resolve-event-filter";

export type LoadedFilter =
  | { ok: true; filter: ResolvedEventFilter }
  | { ok: false; errors: ParamError[]; /** The filter without the parameters in error, for pages that still render. */ fallback: ResolvedEventFilter };

/**
 * Parses and resolves the filter of a request. APIs answer 400 with `errors`; pages show the errors
 * and render `fallback`, which leaves out only the offending parameters.
 */
export async function loadEventFilter(input: SearchParamsInput, otherKeys: readonly string[] = []): Promise<LoadedFilter> {
  const params = toParamRecord(input);
  const errors: ParamError[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = parseEventFilter(params, otherKeys);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      for (const error of parsed.errors) delete params[error.param];
      continue;
    }
    const resolved = await resolveEventFilter(parsed.value);
    if (resolved.ok) {
      return errors.length ? { ok: false, errors, fallback: resolved.value } : { ok: true, filter: resolved.value };
    }
    errors.push(...resolved.errors);
    for (const error of resolved.errors) delete params[error.param];
  }
  return { ok: false, errors, fallback: EMPTY_RESOLVED_FILTER };
}
