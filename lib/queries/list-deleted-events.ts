import { db, type Prisma } from "@/lib/db/client";
import type { TrashCursor } from "@/lib/trash/trash-params";

export const TRASH_PAGE_SIZE = 50;

export interface DeletedEvent {
  id: number;
  title: string;
  /** The deleted version, which a restore or a purge names. */
  version: number;
  deletedAt: string;
  /** Who deleted it: its last editor, since a delete records its author as the event's updater and nothing edits the trash. */
  deletedByName: string | null;
}

export interface TrashPage {
  events: DeletedEvent[];
  /** Where the next (older) page starts, or null on the last one. */
  older: TrashCursor | null;
}

/** Deleted after the cursor's deletion in the trash's order: newest deletion first, then highest id. */
function afterCursor(cursor: TrashCursor | null): Prisma.EventWhereInput {
  if (!cursor) return { deletedAt: { not: null } };
  // A range on deleted_at (index events_deleted_at_idx) less the cursor's own instant at or above its id.
  return { deletedAt: { lte: cursor.deletedAt }, NOT: { deletedAt: cursor.deletedAt, id: { gte: cursor.id } } };
}

/** One page of the trash, newest deletion first, paged by keyset so that a deep page costs what the first does. */
export async function listDeletedEvents(cursor: TrashCursor | null = null, pageSize = TRASH_PAGE_SIZE): Promise<TrashPage> {
  const rows = await db.event.findMany({
    where: afterCursor(cursor),
    select: { id: true, title: true, version: true, deletedAt: true, updatedBy: { select: { name: true, email: true } } },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const shown = rows.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    events: shown.map((row) => ({
      id: row.id,
      title: row.title,
      version: row.version,
      deletedAt: row.deletedAt!.toISOString(),
      deletedByName: row.updatedBy?.name || row.updatedBy?.email || null,
    })),
    older: rows.length > pageSize && last ? { deletedAt: last.deletedAt!, id: last.id } : null,
  };
}

/** How many events are in the trash: one range of the deleted_at index, the deleted events' entries only. */
export function countDeletedEvents(): Promise<number> {
  return db.event.count({ where: { deletedAt: { not: null } } });
}
