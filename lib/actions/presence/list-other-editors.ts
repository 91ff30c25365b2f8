import { db } from "@/lib/db/client";

export interface OtherEditor {
  name: string;
  /** ISO instant: when the earliest of their open tabs began editing. */
  since: string;
}

/** The people other than `userId` with a tab on the event seen since `freshSince`: one entry per person, earliest first. */
export async function listOtherEditors(eventId: number, userId: string, freshSince: Date): Promise<OtherEditor[]> {
  const rows = await db.editingPresence.findMany({
    where: { eventId, userId: { not: userId }, seenAt: { gte: freshSince } },
    select: { userId: true, startedAt: true, user: { select: { name: true } } },
    orderBy: [{ startedAt: "asc" }, { userId: "asc" }],
  });
  const byPerson = new Map<string, OtherEditor>();
  for (const row of rows) if (!byPerson.has(row.userId)) byPerson.set(row.userId, { name: row.user.name, since: row.startedAt.toISOString() });
  return [...byPerson.values()];
}
