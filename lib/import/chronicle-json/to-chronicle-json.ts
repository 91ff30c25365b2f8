import type { EventReference, ImportRow } from "../import-row";
import { CHRONICLE_JSON_FORMAT, type ChronicleEventReference, type ChronicleJsonDocumentV1, type ChronicleJsonEventV1 } from "./chronicle-json-schema";

/** A CSV's either-kind reference is written as an external id: within one file, that is what it names first. */
function toReference(reference: EventReference): ChronicleEventReference {
  if ("externalIdOrSlug" in reference) return { externalId: reference.externalIdOrSlug };
  return reference;
}

/** An event in the shape Chronicle JSON version 1 writes, every field present, in the documented order. */
export function toChronicleJsonEvent(row: Pick<ImportRow, "externalId" | "values">): ChronicleJsonEventV1 {
  const { values } = row;
  return {
    externalId: row.externalId,
    slug: values.slug,
    title: values.title,
    summary: values.summary,
    body: values.body,
    start: { ...values.start },
    end: { ...values.end },
    approximate: values.approximate,
    timeZone: values.timeZone,
    dateLabel: values.dateLabel,
    importance: values.importance,
    status: values.status,
    parent: values.parent ? toReference(values.parent) : null,
    topics: [...values.topics],
    actors: [...values.actors],
    countries: [...values.countries],
    sources: values.sources.map((source) => ({ ...source })),
    relations: values.relations.map((relation) => ({ type: relation.type, target: toReference(relation.target) })),
  };
}

export function toChronicleJsonDocument(events: ChronicleJsonEventV1[], exportedAt: Date): ChronicleJsonDocumentV1 {
  return { format: CHRONICLE_JSON_FORMAT, version: 1, exportedAt: exportedAt.toISOString(), events };
}
