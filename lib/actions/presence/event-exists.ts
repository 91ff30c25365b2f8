import { db } from "@/lib/db/client";

/** Deleted events count: their edit page offers a restore, and a tab may stay open through a delete. */
export async function eventExists(eventId: number): Promise<boolean> {
  return (await db.event.findUnique({ where: { id: eventId }, select: { id: true } })) !== null;
}
