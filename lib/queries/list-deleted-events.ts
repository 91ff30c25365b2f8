import { db } from "@/lib/db/client";

export interface DeletedEvent {
  id: number;
  title: string;
  /** The deleted version, which a restore names. */
  version: number;
  deletedAt: string;
  deletedByName: string | null;
}

/** The most recently deleted events, newest first, for the admin's "Recently deleted" list. */
export async function listDeletedEvents(limit = 20): Promise<DeletedEvent[]> {
  const rows = await db.event.findMany({
    where: { deletedAt: { not: null } },
    select: { id: true, title: true, version: true, deletedAt: true, updatedBy: { select: { name: true } } },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    version: row.version,
    deletedAt: row.deletedAt!.toISOString(),
    deletedByName: row.updatedBy?.name ?? null,
  }));
}
