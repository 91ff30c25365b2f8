import { diffEventStates, type FieldChange } from "@/lib/revisions/diff-event-states";
import type { EventState } from "@/lib/revisions/event-state";
import { getEventForEdit } from "../get-event-for-edit";
import { getEventRevisionState, listEventRevisions, type EventRevisionSummary } from "../list-event-revisions";
import { loadStateLabels } from "../load-state-labels";

/** An event's revisions, newest first; null when there is no such event. Callers check that the viewer edits. */
export async function readEventHistory(id: number): Promise<EventRevisionSummary[] | null> {
  if (!(await getEventForEdit(id))) return null;
  return listEventRevisions(id);
}

export interface RevisionDetail extends EventRevisionSummary {
  /** The event as this revision left it. */
  state: EventState;
  /** What it changed from the version before it (everything, for the first). */
  changes: FieldChange[];
}

/** One revision with the whole event it recorded and what it changed, in words; null when there is no such revision. */
export async function readEventRevision(id: number, version: number): Promise<RevisionDetail | null> {
  const summaries = await listEventRevisions(id);
  const summary = summaries.find((revision) => revision.version === version);
  if (!summary) return null;
  const earlier = summaries.filter((revision) => revision.version < version).map((revision) => revision.version);
  const [state, before] = await Promise.all([getEventRevisionState(id, version), earlier.length ? getEventRevisionState(id, Math.max(...earlier)) : null]);
  if (!state) return null;
  const labels = await loadStateLabels(before ? [before, state] : [state]);
  return { ...summary, state, changes: diffEventStates(before, state, labels) };
}
