import { db } from "@/lib/db/client";
import { eventLinkSelect, toEventLink } from "./event-link";
import type { EventOption } from "./event-option";

/**
 * The labels of the events an edit form already refers to (its parent and relation targets), in the order of
 * `ids`, unknown ids left out. Deleted events are included and marked, so that the editor sees what the form
 * names rather than an empty field. For editors' pages, which show drafts anyway.
 */
export async function listEventOptionsByIds(ids: readonly number[]): Promise<EventOption[]> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (wanted.length === 0) return [];
  const rows = await db.event.findMany({ where: { id: { in: wanted } }, select: eventLinkSelect });
  const byId = new Map(rows.map((row) => [row.id, toEventLink(row)] as const));
  return wanted.flatMap((id) => byId.get(id) ?? []);
}
