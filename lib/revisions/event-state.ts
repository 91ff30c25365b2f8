import type { EditableEvent } from "@/lib/queries/get-event-for-edit";
import type { EventUpdateInput } from "@/lib/schemas/event-input";

/** An event as a revision keeps it (lib/actions/events/write-revision.ts): the edit form's values, and whether it is deleted. */
export type EventState = Omit<EventUpdateInput, "version" | "reason"> & { deletedAt: string | null };

/** A revision's stored JSON; it was written by writeRevision from the database's own rows. */
export function parseEventState(json: string): EventState {
  // Revisions written before times of day have no time zone: theirs is none.
  return { timeZone: "", ...(JSON.parse(json) as Omit<EventState, "timeZone">) } as EventState;
}

/** An event as read for editing, as a revision keeps it (without its version, which the revision row holds). */
export function toEventState(event: EditableEvent): EventState {
  const { version: _version, ...values } = event.values;
  return { ...values, deletedAt: event.deletedAt };
}
