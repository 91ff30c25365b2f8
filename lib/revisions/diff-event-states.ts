import type { EventState } from "./event-state";

/** How to name what a state refers to by id: the page that shows a diff looks the names up. */
export interface StateLabels {
  topic(id: number): string;
  actor(id: number): string;
  country(code: string): string;
  event(id: number): string;
}

/** One difference between two states of an event, in words: a field's old and new value, or an item added or removed. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

type Source = EventState["sources"][number];
type Relation = EventState["relations"][number];

const dateText = (bound: EventState["start"] | EventState["end"]) => (bound.value ? `${bound.value} (${bound.precision})` : bound.precision);
const sourceText = (source: Source) => [source.publisher, source.title, source.url, source.publishedOn, source.author].filter(Boolean).join(" · ");
const orNull = (text: string) => (text === "" ? null : text);

type Values = Omit<EventState, "deletedAt">;
type FieldText = readonly [label: string, text: (values: Values, labels: StateLabels) => string | null];

const relationText = (labels: StateLabels) => (relation: Relation) => `${relation.type.replaceAll("_", " ")}: ${labels.event(relation.targetId)}`;
const listText = (items: string[]) => (items.length ? items.join("\n") : null);

/** Every field of the form, in its order, with its label and the text a reader compares. */
export const FIELD_TEXTS = {
  title: ["Title", (v) => v.title],
  slug: ["Slug", (v) => orNull(v.slug ?? "")],
  summary: ["Summary", (v) => orNull(v.summary)],
  body: ["Body", (v) => orNull(v.body)],
  start: ["Start", (v) => dateText(v.start)],
  end: ["End", (v) => dateText(v.end)],
  approximate: ["Approximate", (v) => (v.approximate ? "yes" : "no")],
  timeZone: ["Time zone", (v) => orNull(v.timeZone ?? "")],
  dateLabel: ["Date label", (v) => orNull(v.dateLabel ?? "")],
  importance: ["Importance", (v) => String(v.importance)],
  status: ["Status", (v) => v.status],
  parentId: ["Part of", (v, labels) => (v.parentId ? labels.event(v.parentId) : null)],
  topicIds: ["Topics", (v, labels) => listText(v.topicIds.map(labels.topic))],
  actorIds: ["Actors", (v, labels) => listText(v.actorIds.map(labels.actor))],
  countryCodes: ["Countries", (v, labels) => listText(v.countryCodes.map(labels.country))],
  sources: ["Sources", (v) => listText(v.sources.map(sourceText))],
  relations: ["Related events", (v, labels) => listText(v.relations.map(relationText(labels)))],
} as const satisfies Record<string, FieldText>;
export type DescribedField = keyof typeof FIELD_TEXTS;

const SCALARS = ["title", "slug", "summary", "body", "start", "end", "approximate", "dateLabel", "importance", "status", "parentId"] as const satisfies readonly DescribedField[];

/** The scalar fields, in the form's order, each as the text a reader compares. */
function scalarFields(state: EventState, labels: StateLabels): [string, string | null][] {
  return [...SCALARS.map((field): [string, string | null] => [FIELD_TEXTS[field][0], FIELD_TEXTS[field][1](state, labels)]), ["Deleted", state.deletedAt ? "yes" : "no"]];
}

/** Items of a list present on one side only: removed first, then added, each in its list's order. */
function listChanges<T>(field: string, before: readonly T[], after: readonly T[], key: (item: T) => string, text: (item: T) => string): FieldChange[] {
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return [
    ...before.filter((item) => !afterKeys.has(key(item))).map((item) => ({ field, before: text(item), after: null })),
    ...after.filter((item) => !beforeKeys.has(key(item))).map((item) => ({ field, before: null, after: text(item) })),
  ];
}

/**
 * What changed from `before` to `after`, field by field: the scalar fields whose text differs, then topics, actors,
 * countries, sources and relations item by item (a changed source is one removed and one added). `before` null is a
 * creation: every field that holds something is listed as added.
 */
export function diffEventStates(before: EventState | null, after: EventState, labels: StateLabels): FieldChange[] {
  const old = before ? scalarFields(before, labels) : null;
  const changes: FieldChange[] = scalarFields(after, labels)
    .map(([field, value], index) => ({ field, before: old ? old[index]![1] : null, after: value }))
    .filter((change) => change.before !== change.after && (before !== null || change.after !== "no"));
  return [
    ...changes,
    ...listChanges("Topics", before?.topicIds ?? [], after.topicIds, String, labels.topic),
    ...listChanges("Actors", before?.actorIds ?? [], after.actorIds, String, labels.actor),
    ...listChanges("Countries", before?.countryCodes ?? [], after.countryCodes, String, labels.country),
    ...listChanges("Sources", before?.sources ?? [], after.sources, (source) => JSON.stringify(source), sourceText),
    ...listChanges("Related events", before?.relations ?? [], after.relations, (r) => `${r.type}:${r.targetId}`, relationText(labels)),
  ];
}
