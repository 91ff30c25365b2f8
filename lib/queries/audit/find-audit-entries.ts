import { db, type Prisma } from "@/lib/db/client";
import { auditActionsOf, auditPeriod, type AuditFilter } from "@/lib/audit/audit-filter";

/** Where a page of the log starts: after this entry, in the log's order (newest first, then highest id). */
export interface AuditCursor {
  id: number;
  createdAt: Date;
}

export interface AuditEntryRow {
  id: number;
  createdAt: Date;
  /** One of AUDIT_ACTIONS, unless an older version of the app wrote one it no longer knows. */
  action: string;
  /** The account that acted, while it exists. */
  actor: { id: string; name: string; email: string } | null;
  /** The email recorded with the entry: the actor's, or the one typed at a sign-in. */
  actorEmail: string | null;
  eventId: number | null;
  subjectId: string | null;
  address: string | null;
  /** The detail as stored (JSON). */
  detailJson: string | null;
}

/** Newest first; the id breaks ties, so that keyset paging never skips or repeats an entry. */
const ORDER = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.AuditEntryOrderByWithRelationInput[];

/**
 * The filter and the cursor as WHERE clauses, one per read. A list of values (a kind's actions, an email as typed and
 * in lower case) is one read per value: an index on (action, createdAt) gives one action's entries in the log's order,
 * while an IN list would have to sort every entry it matches, such as every event change, before the first page.
 */
export function auditReads(filter: AuditFilter, after: AuditCursor | null): Prisma.AuditEntryWhereInput[] {
  const and: Prisma.AuditEntryWhereInput[] = [];
  if (filter.person) and.push({ actorId: filter.person });
  if (filter.eventId !== null) and.push({ eventId: filter.eventId });
  const { start, end } = auditPeriod(filter);
  if (start) and.push({ createdAt: { gte: start } });
  if (end) and.push({ createdAt: { lt: end } });
  // (createdAt, id) < (cursor's): a range on createdAt that an index can seek, less the cursor's own instant at or above its id.
  if (after) and.push({ createdAt: { lte: after.createdAt } }, { NOT: { createdAt: after.createdAt, id: { gte: after.id } } });
  const actions: (string | null)[] = auditActionsOf(filter) ?? [null];
  // Typed emails are stored as typed: the filter matches them as given or in lower case, as accounts store them.
  const emails: (string | null)[] = filter.email ? [...new Set([filter.email, filter.email.toLowerCase()])] : [null];
  return actions.flatMap((action) =>
    emails.map((email) => ({ AND: [...and, ...(action ? [{ action }] : []), ...(email ? [{ actorEmail: email }] : [])] })),
  );
}

const newestFirst = (a: { createdAt: Date; id: number }, b: { createdAt: Date; id: number }) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;

const SELECT = {
  id: true,
  createdAt: true,
  action: true,
  actorEmail: true,
  eventId: true,
  subjectId: true,
  address: true,
  detail: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

/**
 * Up to `limit` entries of the filter after `after`, and the cursor of the next ones (null when these are the last).
 * The page reads 50 at a time, the CSV export larger batches; both page by keyset, never by offset.
 */
export async function findAuditEntries(filter: AuditFilter, after: AuditCursor | null, limit: number): Promise<{ entries: AuditEntryRow[]; next: AuditCursor | null }> {
  const reads = await Promise.all(auditReads(filter, after).map((where) => db.auditEntry.findMany({ where, orderBy: ORDER, take: limit + 1, select: SELECT })));
  // Each read is in the log's order and holds its first limit + 1: merged, the first limit + 1 of all are among them.
  const rows = reads.length === 1 ? reads[0]! : reads.flat().sort(newestFirst).slice(0, limit + 1);
  const entries = rows.slice(0, limit).map(({ detail, ...row }) => ({ ...row, detailJson: detail }));
  const last = entries.at(-1);
  return { entries, next: rows.length > limit && last ? { id: last.id, createdAt: last.createdAt } : null };
}

/** The cursor that starts after entry `id`, or null when the log has no such entry. */
export async function findAuditCursor(id: number): Promise<AuditCursor | null> {
  return db.auditEntry.findUnique({ where: { id }, select: { id: true, createdAt: true } });
}
