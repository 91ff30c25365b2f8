import { db } from "@/lib/db/client";
import type { EventFilter, ParamError, ParseOutcome } from "@/lib/filters/event-filter";

export interface ResolvedEventFilter extends EventFilter {
  topicIds: number[];
  actorIds: number[];
}

function unknown(param: string, what: string, missing: string[]): ParamError {
  return { param, message: `Unknown ${what}${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.` };
}

/** Turns slugs and codes into ids, reporting any that do not exist instead of silently matching nothing. */
export async function resolveEventFilter(filter: EventFilter): Promise<ParseOutcome<ResolvedEventFilter>> {
  const [topics, actors, countries] = await Promise.all([
    filter.topics.length ? db.topic.findMany({ where: { slug: { in: filter.topics } }, select: { id: true, slug: true } }) : [],
    filter.actors.length ? db.actor.findMany({ where: { slug: { in: filter.actors } }, select: { id: true, slug: true } }) : [],
    filter.countries.length ? db.country.findMany({ where: { code: { in: filter.countries } }, select: { code: true } }) : [],
  ]);
  const errors: ParamError[] = [];
  const missing = (wanted: string[], found: string[]) => wanted.filter((item) => !found.includes(item));
  const missingTopics = missing(filter.topics, topics.map((t) => t.slug));
  const missingActors = missing(filter.actors, actors.map((a) => a.slug));
  const missingCountries = missing(filter.countries, countries.map((c) => c.code));
  if (missingTopics.length) errors.push(unknown("topic", "topic", missingTopics));
  if (missingActors.length) errors.push(unknown("actor", "actor", missingActors));
  if (missingCountries.length) errors.push(unknown("country", "country", missingCountries));
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...filter, topicIds: topics.map((t) => t.id), actorIds: actors.map((a) => a.id) } };
}
