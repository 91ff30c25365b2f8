import { db, type Prisma } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit";
import type { Viewer } from "@/lib/domain/viewer";

export interface AuditRecord {
  action: AuditAction;
  /** Who did it; null for a failed sign-in that matched no account. */
  actor?: Pick<Viewer, "userId" | "email"> | null;
  /** For sign-ins: the email typed, whether or not an account has it. */
  actorEmail?: string | null;
  eventId?: number | null;
  subjectId?: string | null;
  address?: string | null;
  detail?: Record<string, unknown> | null;
}

function toRow(record: AuditRecord) {
  return {
    action: record.action,
    actorId: record.actor?.userId ?? null,
    actorEmail: record.actorEmail ?? record.actor?.email ?? null,
    eventId: record.eventId ?? null,
    subjectId: record.subjectId ?? null,
    address: record.address ?? null,
    detail: record.detail ? JSON.stringify(record.detail) : null,
  };
}

/** Writes one audit entry; inside a transaction when given one, so the entry commits with the change or not at all. */
export async function recordAudit(record: AuditRecord, tx: Prisma.TransactionClient = db): Promise<void> {
  await tx.auditEntry.create({ data: toRow(record) });
}
