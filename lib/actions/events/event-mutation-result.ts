/** What every event mutation hands back on success: enough to link to the event and edit it again. */
export interface EventMutationResult {
  id: number;
  slug: string;
  title: string;
  version: number;
  deletedAt: string | null;
  /** Set when the edit was held for review (a pending change) instead of applied: the event itself is unchanged. */
  pendingChangeId?: number;
}

export const eventMutationSelect = { id: true, slug: true, title: true, version: true, deletedAt: true } as const;

export function toEventMutationResult(row: { id: number; slug: string; title: string; version: number; deletedAt: Date | null }): EventMutationResult {
  return { id: row.id, slug: row.slug, title: row.title, version: row.version, deletedAt: row.deletedAt?.toISOString() ?? null };
}

export function isEventId(id: unknown): id is number {
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0;
}
