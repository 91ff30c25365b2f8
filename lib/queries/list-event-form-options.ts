import { db } from "@/lib/db/client";
import type { EventOption } from "./event-option";
import { listEventOptionsByIds } from "./list-event-options-by-ids";

/** What an event form refers to when it opens: nothing for a new event, the saved links for an edit. */
export interface EventFormReferences {
  parentId: number | null;
  actorIds: number[];
  relations: { targetId: number }[];
}

export interface EventFormOptions {
  /** Few enough to list every one as a checkbox. */
  topics: { id: number; name: string }[];
  countries: { code: string; name: string }[];
  /** The names of the actors the form starts with; the others are searched for (GET /api/v1/actors?scope=all). */
  actors: { id: number; name: string }[];
  /** The labels of the parent and relation targets the form starts with; the others are searched for (GET /api/v1/event-options). */
  events: EventOption[];
}

const NO_REFERENCES: EventFormReferences = { parentId: null, actorIds: [], relations: [] };

/**
 * The event form's choices. Events and actors are never listed whole (at a million events the form's page then
 * sent every event): only those the form already names are read, for their labels.
 */
export async function listEventFormOptions(references: EventFormReferences = NO_REFERENCES): Promise<EventFormOptions> {
  const eventIds = [...(references.parentId ? [references.parentId] : []), ...references.relations.map((relation) => relation.targetId)];
  const [topics, countries, actors, events] = await Promise.all([
    db.topic.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    references.actorIds.length ? db.actor.findMany({ where: { id: { in: references.actorIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }) : [],
    listEventOptionsByIds(eventIds),
  ]);
  return { topics, countries, actors, events };
}
