import { z } from "zod";
import { ACTOR_KINDS } from "./event-vocabulary";

/**
 * THE facets: the dimensions an event is filtered, laned and broken down by. Each is declared once here, with how it
 * reads from the URL and how it is named; lib/queries/sql/facet-sql.ts declares how the database holds it. The filter
 * schema, its serialiser and nuqs parsers, the resolver, the WHERE clause, the lanes, the count planner, drill-down
 * links and the filter bar all loop over this list. This file runs in the browser too: no database here.
 */

const slugItem = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "is not a valid identifier");
const countryItem = z.string().regex(/^[A-Za-z]{2}$/, "is not an ISO 3166 two-letter country code").transform((code) => code.toUpperCase());

export const FACETS = [
  {
    name: "topic",
    /** The URL key; its value is a comma-separated list meaning "any of". */
    param: "topic",
    /** EventFilter's field holding the values as the URL writes them. */
    field: "topics",
    /** ResolvedEventFilter's field holding what the database stores in the link table (ids, or the values themselves). */
    resolvedField: "topicIds",
    item: slugItem,
    label: "Topic",
    plural: "topics",
    none: "No topic",
  },
  {
    name: "actor",
    param: "actor",
    field: "actors",
    resolvedField: "actorIds",
    item: slugItem,
    label: "Actor",
    plural: "actors",
    none: "No actor",
  },
  {
    name: "country",
    param: "country",
    field: "countries",
    resolvedField: "countries",
    item: countryItem,
    label: "Country",
    plural: "countries",
    none: "No country",
  },
  {
    name: "actor_kind",
    param: "actor_kind",
    field: "actorKinds",
    resolvedField: "actorKinds",
    item: z.enum(ACTOR_KINDS, { message: `is not a kind of actor (${ACTOR_KINDS.join(", ")})` }),
    label: "Actor kind",
    plural: "actor kinds",
    none: "No actor",
  },
] as const satisfies readonly {
  name: string;
  param: string;
  field: string;
  resolvedField: string;
  item: z.ZodType<string, string>;
  label: string;
  plural: string;
  none: string;
}[];

export type Facet = (typeof FACETS)[number];
export type FacetName = Facet["name"];
export type FacetField = Facet["field"];
export type FacetParam = Facet["param"];

export const FACET_NAMES = FACETS.map((facet) => facet.name) as FacetName[];

export function facetNamed(name: FacetName): Facet {
  return FACETS.find((facet) => facet.name === name)!;
}

/** Each facet's values as the URL writes them. */
export type FacetValues = { [F in Facet as F["field"]]: string[] };

/** Each facet's values as the link tables store them: ids where the URL names a slug. */
export type ResolvedFacetValues = { [F in Facet as F["resolvedField"]]: F["resolvedField"] extends F["field"] ? string[] : number[] };

export const NO_FACET_VALUES = Object.fromEntries(FACETS.map((facet) => [facet.field, []])) as unknown as FacetValues;

export const NO_RESOLVED_VALUES = Object.fromEntries(FACETS.map((facet) => [facet.resolvedField, []])) as unknown as ResolvedFacetValues;

/** Only the facet values of a filter. */
export function facetValuesOf(filter: FacetValues): FacetValues {
  return Object.fromEntries(FACETS.map((facet) => [facet.field, filter[facet.field]])) as unknown as FacetValues;
}
