import { db } from "@/lib/db/client";
import { formatEventDate, fromStoredEventDate } from "@/lib/dates/event-date";
import type { EventStatus } from "@/lib/domain/event-vocabulary";
import { toEventOption, type EventOption } from "./event-option";

/**
 * The labels of the events an edit form already refers to (its parent and relation targets), in the order of
 * `ids`, unknown ids left out. Deleted events are included and marked, so that the editor sees what the form
 * names rather than an empty field. For editors' pages, which show drafts anyway.
 */
export async function listEventOptionsByIds(ids: readonly number[]): Promise<EventOption[]> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (wanted.length === 0) return [];
  const rows = await db.event.findMany({
    where: { id: { in: wanted } },
    select: { id: true, slug: true, title: true, dateLabel: true, status: true, deletedAt: true, startValue: true, startPrecision: true, endValue: true, endPrecision: true, approximate: true },
  });
  const byId = new Map(
    rows.map((row) => {
      const dateLabel = row.dateLabel || formatEventDate(fromStoredEventDate(row as Parameters<typeof fromStoredEventDate>[0]));
      return [row.id, toEventOption({ ...row, dateLabel, status: row.status as EventStatus }, row.deletedAt !== null)] as const;
    }),
  );
  return wanted.flatMap((id) => byId.get(id) ?? []);
}
