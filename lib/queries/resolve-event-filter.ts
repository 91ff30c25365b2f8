import { FACETS, NO_RESOLVED_VALUES, type ResolvedFacetValues } from "@/lib/domain/facets";
import { EMPTY_FILTER, type EventFilter, type ParamError, type ParseOutcome } from "@/lib/filters/event-filter";
import { resolveFacetValues } from "./sql/facet-sql";

/** A filter whose facets are also given as the link tables store them (ids for slugs). */
export type ResolvedEventFilter = EventFilter & ResolvedFacetValues;

export const EMPTY_RESOLVED_FILTER: ResolvedEventFilter = { ...EMPTY_FILTER, ...NO_RESOLVED_VALUES };

/** Turns slugs and codes into stored values, reporting any that do not exist instead of silently matching nothing. */
export async function resolveEventFilter(filter: EventFilter): Promise<ParseOutcome<ResolvedEventFilter>> {
  const resolved = await Promise.all(FACETS.map((facet) => resolveFacetValues(facet, filter[facet.field])));
  const errors: ParamError[] = [];
  const values: Record<string, (number | string)[]> = {};
  FACETS.forEach((facet, index) => {
    const { stored, missing } = resolved[index]!;
    if (missing.length) errors.push({ param: facet.param, message: `Unknown ${facet.label.toLowerCase()}${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.` });
    values[facet.resolvedField] = stored;
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...filter, ...(values as ResolvedFacetValues) } };
}
