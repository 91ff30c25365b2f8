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

/** The scalar fields, in the form's order, each as the text a reader compares. */
function scalarFields(state: EventState, labels: StateLabels): [string, string | null][] {
  return [
    ["Title", state.title],
    ["Slug", orNull(state.slug ?? "")],
    ["Summary", orNull(state.summary)],
    ["Body", orNull(state.body)],
    ["Start", dateText(state.start)],
    ["End", dateText(state.end)],
    ["Approximate", state.approximate ? "yes" : "no"],
    ["Date label", orNull(state.dateLabel ?? "")],
    ["Importance", String(state.importance)],
    ["Status", state.status],
    ["Part of", state.parentId ? labels.event(state.parentId) : null],
    ["Deleted", state.deletedAt ? "yes" : "no"],
  ];
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
  const relationText = (relation: Relation) => `${relation.type.replaceAll("_", " ")}: ${labels.event(relation.targetId)}`;
  return [
    ...changes,
    ...listChanges("Topics", before?.topicIds ?? [], after.topicIds, String, labels.topic),
    ...listChanges("Actors", before?.actorIds ?? [], after.actorIds, String, labels.actor),
    ...listChanges("Countries", before?.countryCodes ?? [], after.countryCodes, String, labels.country),
    ...listChanges("Sources", before?.sources ?? [], after.sources, (source) => JSON.stringify(source), sourceText),
    ...listChanges("Related events", before?.relations ?? [], after.relations, (r) => `${r.type}:${r.targetId}`, relationText),
  ];
}
