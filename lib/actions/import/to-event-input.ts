import type { EventReference, ImportRow } from "@/lib/import/import-row";
import { eventInputSchema, type EventInput } from "@/lib/schemas/event-input";
import { referenceKey, type ImportReferences } from "./resolve-import-references";

/** Ids of the events the import itself creates or updates, by the external id their row gives. */
export type IdsByExternalId = Map<string, number>;

export function eventIdOf(reference: EventReference, references: ImportReferences, fromFile: IdsByExternalId): number | null {
  if ("externalId" in reference) return fromFile.get(reference.externalId) ?? references.existingByExternalId.get(reference.externalId)?.id ?? null;
  if ("slug" in reference) return references.eventIdBySlug.get(reference.slug) ?? null;
  const name = reference.externalIdOrSlug;
  return fromFile.get(name) ?? references.existingByExternalId.get(name)?.id ?? references.eventIdBySlug.get(name) ?? null;
}

/** A row's parent and relations as ids, once every event the import writes has one. */
export function resolveLinks(row: ImportRow, references: ImportReferences, fromFile: IdsByExternalId): Pick<EventInput, "parentId" | "relations"> {
  const { parent, relations } = row.values;
  return {
    parentId: parent ? eventIdOf(parent, references, fromFile) : null,
    relations: relations.flatMap((relation) => {
      const targetId = eventIdOf(relation.target, references, fromFile);
      return targetId === null ? [] : [{ type: relation.type, targetId }];
    }),
  };
}

/**
 * A row as the event form would send it: names resolved to ids. `withLinks` false leaves out the parent and the
 * relations, which may name events the import has not written yet (resolveLinks adds them afterwards).
 */
export function toEventInput(row: ImportRow, slug: string, references: ImportReferences, fromFile: IdsByExternalId, withLinks: boolean): EventInput {
  const { values } = row;
  const idOf = (map: Map<string, number>, name: string) => map.get(referenceKey(name));
  const input = {
    title: values.title,
    slug,
    summary: values.summary,
    body: values.body,
    start: values.start,
    end: values.end,
    approximate: values.approximate,
    timeZone: values.timeZone,
    dateLabel: values.dateLabel,
    importance: values.importance,
    status: values.status,
    parentId: withLinks && values.parent ? eventIdOf(values.parent, references, fromFile) : null,
    topicIds: [...new Set(values.topics.map((name) => idOf(references.topicIds, name)).filter((id): id is number => id !== undefined))],
    actorIds: [...new Set(values.actors.map((name) => idOf(references.actorIds, name)).filter((id): id is number => id !== undefined))],
    countryCodes: [...new Set(values.countries.map((code) => code.toUpperCase()))],
    sources: values.sources,
    relations: withLinks ? values.relations.flatMap((relation) => {
      const targetId = eventIdOf(relation.target, references, fromFile);
      return targetId === null ? [] : [{ type: relation.type, targetId }];
    }) : [],
  };
  // The rows were checked with the same schema before; this is the guard that nothing changed on the way.
  return eventInputSchema.parse(input);
}
