import type { EventUpdateInput } from "@/lib/schemas/event-input";

/** An event as a revision keeps it (lib/actions/events/write-revision.ts): the edit form's values, and whether it is deleted. */
export type EventState = Omit<EventUpdateInput, "version"> & { deletedAt: string | null };

/** A revision's stored JSON; it was written by writeRevision from the database's own rows. */
export function parseEventState(json: string): EventState {
  return JSON.parse(json) as EventState;
}
