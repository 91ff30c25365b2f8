import { dialect, type Prisma } from "@/lib/db/client";
import { eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";
import type { Viewer } from "@/lib/domain/viewer";
import { readEditableEvents } from "@/lib/queries/get-event-for-edit";
import { toEventState } from "@/lib/revisions/event-state";
import { StaleVersionError } from "../events/apply-event-update";
import { insertRows, storedValue, type SqlValue } from "./bulk-insert";
import { withDerivedTriggersOff } from "./with-derived-triggers-off";

/**
 * Events read back at a time for their revisions: Prisma reads each relation with one IN list of these ids, and refuses
 * lists longer than the 999 parameters it assumes SQLite takes.
 */
const REVISIONS_PER_READ = 500;

/**
 * Moves to the trash every event import `batchId` created, set-based, inside the caller's transaction: what undoing an
 * import does to them, one soft delete and one "delete" revision each, as deleteEvent would write them one by one, but
 * in a few statements (one by one, 100,000 events took minutes). Each must still be at the version the import gave it
 * (1): one edited since, or deleted, and nothing is trashed (StaleVersionError). Their external ids are freed so the
 * file can be imported again.
 */
export async function trashImportedEvents(tx: Prisma.TransactionClient, batchId: number, expected: number, viewer: Viewer, reason: string): Promise<void> {
  const created = `id IN (SELECT event_id FROM event_revisions WHERE batch_id = ${batchId} AND action = 'create')`;
  const now = new Date();
  const ids = await withDerivedTriggersOff(tx, async (run) => {
    const untouched = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(`SELECT id FROM events WHERE ${created} AND version = 1 AND deleted_at IS NULL ORDER BY id`);
    if (untouched.length !== expected) throw new StaleVersionError();
    await run(eventsDerivedRowsSql(dialect, created, "trash"));
    const [at, by] = dialect === "postgres" ? ["$1", "$2"] : ["?", "?"];
    const trashed = await tx.$executeRawUnsafe(
      `UPDATE events SET deleted_at = ${at}, updated_at = ${at}, external_id = NULL, version = version + 1, updated_by_id = ${by} WHERE ${created} AND version = 1 AND deleted_at IS NULL`,
      ...(dialect === "postgres" ? [now, viewer.userId] : [storedValue(now), storedValue(now), viewer.userId]),
    );
    if (trashed !== expected) throw new StaleVersionError();
    return untouched.map((row) => Number(row.id));
  });
  for (let at = 0; at < ids.length; at += REVISIONS_PER_READ) {
    const events = await readEditableEvents(tx, ids.slice(at, at + REVISIONS_PER_READ));
    await insertRows(tx, "event_revisions", ["event_id", "version", "action", "via", "reason", "author_id", "state", "batch_id", "created_at"], events.map((event): SqlValue[] => [
      event.id, event.values.version, "delete", "import", reason, viewer.userId, JSON.stringify(toEventState(event)), batchId, now,
    ]));
  }
}
