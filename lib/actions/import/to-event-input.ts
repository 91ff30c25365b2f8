import type { ImportRow } from "@/lib/import/import-row";
import { eventInputSchema, type EventInput } from "@/lib/schemas/event-input";
import { referenceKey, type ImportNames } from "./import-names";

/**
 * A row as the event form would send it, its topics and actors as ids, without its parent and relations: they may
 * name rows further down the file, and are written once every row is in (link-imported-rows.ts).
 */
export function toEventInput(row: ImportRow, slug: string, names: Pick<ImportNames, "topicIds" | "actorIds">): EventInput {
  const { values } = row;
  const idsOf = (map: Map<string, number>, list: string[]) => [...new Set(list.map((name) => map.get(referenceKey(name))).filter((id): id is number => id !== undefined))];
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
    parentId: null,
    topicIds: idsOf(names.topicIds, values.topics),
    actorIds: idsOf(names.actorIds, values.actors),
    countryCodes: [...new Set(values.countries.map((code) => code.toUpperCase()))],
    sources: values.sources,
    relations: [],
  };
  // The rows were checked with the same schema before; this is the guard that nothing changed on the way.
  return eventInputSchema.parse(input);
}
