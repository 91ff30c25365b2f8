import type { ActorKind } from "@/lib/domain/event-vocabulary";
import { EMPTY_RESOLVED_FILTER, type ResolvedEventFilter } from "../resolve-event-filter";

export type EntityType = "actor" | "country" | "topic";

interface EntityBase {
  /** Slug for actors and topics, ISO code for countries: the URL segment and the filter value. */
  key: string;
  name: string;
  /** The filter that selects this entity's events (lists mean "any of"; here each holds one value). */
  filter: ResolvedEventFilter;
}

export type Entity =
  | (EntityBase & { type: "actor"; id: number; actorKind: ActorKind })
  | (EntityBase & { type: "topic"; id: number })
  | (EntityBase & { type: "country" });

const base = EMPTY_RESOLVED_FILTER;

export function actorFilter(slug: string, id: number): ResolvedEventFilter {
  return { ...base, actors: [slug], actorIds: [id] };
}

export function topicFilter(slug: string, id: number): ResolvedEventFilter {
  return { ...base, topics: [slug], topicIds: [id] };
}

export function countryFilter(code: string): ResolvedEventFilter {
  return { ...base, countries: [code] };
}

/** The query string that narrows any page (timeline, table, dashboard) to the entity. */
export function entityQuery(entity: Entity): string {
  const key = entity.type === "actor" ? "actor" : entity.type === "topic" ? "topic" : "country";
  return new URLSearchParams({ [key]: entity.key }).toString();
}

export function entityHref(type: EntityType, key: string): string {
  const folder = type === "actor" ? "actors" : type === "topic" ? "topics" : "countries";
  return `/${folder}/${encodeURIComponent(key)}`;
}
