import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { readEditableEvent } from "@/lib/queries/get-event-for-edit";
import { getEventRevisionState } from "@/lib/queries/list-event-revisions";
import { loadStateLabels } from "@/lib/queries/load-state-labels";
import { FIELD_TEXTS } from "@/lib/revisions/diff-event-states";
import { mergeEventValues, type MergeField } from "@/lib/revisions/merge-event-values";
import { eventInputSchema, eventUpdateSchema, type EventInput } from "@/lib/schemas/event-input";
import type { ActionResult } from "../action-result";
import type { EventMutationResult } from "./event-mutation-result";
import { updateEvent } from "./update-event";

export interface ConflictingField {
  field: MergeField;
  label: string;
  /** As the form loaded it; null when that version has no revision (older than history). */
  base: string | null;
  mine: string | null;
  theirs: string | null;
}

/** A save that met another editor's: what both changed, to settle field by field, and the version to save against. */
export interface EventMergeConflict {
  version: number;
  by: string;
  fields: ConflictingField[];
  /** Mine with theirs merged in, and theirs in every conflicting field: what "keep theirs everywhere" saves. */
  merged: EventInput;
  mine: EventInput;
}

export type EventFormSaveResult =
  | { ok: true; data: EventMutationResult & { fromTheirs: string[]; /** The values saved, when they merged another's save. */ values?: EventInput } }
  | Exclude<ActionResult<EventMutationResult>, { ok: true }> & { merge?: EventMergeConflict };

const canonicalValues = (values: unknown): EventInput | null => {
  const parsed = eventInputSchema.safeParse(values);
  return parsed.success ? parsed.data : null;
};

/**
 * The edit form's save. A save based on an older version than the event's is merged with what was saved since
 * (mergeEventValues): changes to different fields are combined and saved at once, with the fields taken from the
 * other save named; where both changed a field, nothing is saved and the form gets the three values of each such
 * field to choose from. The API keeps the plain rule: a stale version is a 409.
 */
export async function saveEventForm(id: number, input: unknown, viewer: Viewer): Promise<EventFormSaveResult> {
  const first = await updateEvent(id, input, viewer, "form");
  if (first.ok) return { ok: true, data: { ...first.data, fromTheirs: [] } };
  if (first.code !== "conflict" || !first.current || first.current.deletedAt) return first;

  const request = eventUpdateSchema.safeParse(input);
  const current = await readEditableEvent(db, id);
  if (!request.success || !current) return first;
  const { version: baseVersion, reason, ...mineValues } = request.data;
  const mine = mineValues as EventInput;
  const theirs = canonicalValues(current.values);
  if (!theirs) return first;
  const baseState = await getEventRevisionState(id, baseVersion);
  const base = baseState ? canonicalValues(baseState) : null;
  const outcome = mergeEventValues(base, mine, theirs);

  const labels = await loadStateLabels([mine, theirs, ...(base ? [base] : [])].map((values) => ({ ...values, deletedAt: null })));
  if (outcome.conflicts.length === 0) {
    const merged = await updateEvent(id, { ...outcome.merged, version: current.values.version, reason }, viewer, "form");
    if (!merged.ok) return merged; // a third save in between: the form shows that conflict
    return { ok: true, data: { ...merged.data, fromTheirs: outcome.fromTheirs.map((field) => FIELD_TEXTS[field][0]), values: outcome.merged } };
  }
  const fields = outcome.conflicts.map((field) => {
    const [label, text] = FIELD_TEXTS[field];
    return { field, label, base: base ? text(base, labels) : null, mine: text(mine, labels), theirs: text(theirs, labels) };
  });
  const by = current.updatedByName ?? "another editor";
  const names = fields.map((field) => field.label.toLowerCase()).join(", ");
  return {
    ok: false,
    code: "conflict",
    message: `${by} saved this event after you opened it, and you both changed: ${names}. Nothing was saved yet: choose which to keep for each, then save.`,
    current: first.current,
    merge: { version: current.values.version, by, fields, merged: outcome.merged, mine },
  };
}
