import { db } from "@/lib/db/client";
import type { EventInput } from "@/lib/schemas/event-input";
import type { FieldErrors } from "../action-result";

const MAX_ANCESTRY = 1_000;

function unknownIds<T>(wanted: T[], found: T[], what: string): string | null {
  const missing = [...new Set(wanted)].filter((id) => !found.includes(id));
  if (missing.length === 0) return null;
  return `Unknown ${what}${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`;
}

/** True when `selfId` is `parentId` or one of its ancestors, i.e. the parent would be a descendant. */
async function wouldCycle(selfId: number, parentId: number): Promise<boolean> {
  let current: number | null = parentId;
  for (let step = 0; current !== null && step < MAX_ANCESTRY; step++) {
    if (current === selfId) return true;
    const row: { parentId: number | null } | null = await db.event.findUnique({ where: { id: current }, select: { parentId: true } });
    current = row?.parentId ?? null;
  }
  return current !== null;
}

/**
 * Checks that everything the input names exists (topics, actors, countries, the parent and relation
 * targets, which must not be deleted) and that the event does not become its own ancestor or relative.
 */
export async function checkEventReferences(input: EventInput, selfId: number | null): Promise<FieldErrors | null> {
  const eventIds = [...new Set([...(input.parentId ? [input.parentId] : []), ...input.relations.map((r) => r.targetId)])];
  const [topics, actors, countries, events] = await Promise.all([
    input.topicIds.length ? db.topic.findMany({ where: { id: { in: input.topicIds } }, select: { id: true } }) : [],
    input.actorIds.length ? db.actor.findMany({ where: { id: { in: input.actorIds } }, select: { id: true } }) : [],
    input.countryCodes.length ? db.country.findMany({ where: { code: { in: input.countryCodes } }, select: { code: true } }) : [],
    eventIds.length ? db.event.findMany({ where: { id: { in: eventIds }, deletedAt: null }, select: { id: true } }) : [],
  ]);
  const errors: FieldErrors = {};
  const add = (path: string, message: string | null) => {
    if (message) (errors[path] ??= []).push(message);
  };
  add("topicIds", unknownIds(input.topicIds, topics.map((t) => t.id), "topic id"));
  add("actorIds", unknownIds(input.actorIds, actors.map((a) => a.id), "actor id"));
  add("countryCodes", unknownIds(input.countryCodes, countries.map((c) => c.code), "country code"));

  const existing = new Set(events.map((e) => e.id));
  if (input.parentId) {
    if (input.parentId === selfId) add("parentId", "An event cannot be its own parent.");
    else if (!existing.has(input.parentId)) add("parentId", `Unknown parent event ${input.parentId}.`);
    else if (selfId !== null && (await wouldCycle(selfId, input.parentId))) {
      add("parentId", "The parent cannot be one of this event’s own sub-events.");
    }
  }
  input.relations.forEach((relation, index) => {
    const path = `relations.${index}.targetId`;
    if (relation.targetId === selfId) add(path, "An event cannot be related to itself.");
    else if (!existing.has(relation.targetId)) add(path, `Unknown event ${relation.targetId}.`);
  });
  return Object.keys(errors).length ? errors : null;
}
