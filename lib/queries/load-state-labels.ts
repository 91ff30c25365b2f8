import { db } from "@/lib/db/client";
import type { StateLabels } from "@/lib/revisions/diff-event-states";
import type { EventState } from "@/lib/revisions/event-state";
import { listEventOptionsByIds } from "./list-event-options-by-ids";

/** The names of every topic, actor, country and event the states refer to, for showing their differences. */
export async function loadStateLabels(states: readonly EventState[]): Promise<StateLabels> {
  const actorIds = [...new Set(states.flatMap((state) => state.actorIds))];
  const topicIds = [...new Set(states.flatMap((state) => state.topicIds))];
  const codes = [...new Set(states.flatMap((state) => state.countryCodes))];
  const eventIds = states.flatMap((state) => [...(state.parentId ? [state.parentId] : []), ...state.relations.map((relation) => relation.targetId)]);
  const [topics, actors, countries, events] = await Promise.all([
    db.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, name: true } }),
    db.actor.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.country.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }),
    listEventOptionsByIds(eventIds),
  ]);
  const topicNames = new Map(topics.map((topic) => [topic.id, topic.name]));
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  const eventNames = new Map(events.map((event) => [event.id, `${event.title} (${event.dateLabel})${event.deleted ? ", deleted" : ""}`]));
  return {
    topic: (id) => topicNames.get(id) ?? `topic ${id} (no longer exists)`,
    actor: (id) => actorNames.get(id) ?? `actor ${id} (no longer exists)`,
    country: (code) => countryNames.get(code) ?? code,
    event: (id) => eventNames.get(id) ?? `event ${id} (no longer exists)`,
  };
}
