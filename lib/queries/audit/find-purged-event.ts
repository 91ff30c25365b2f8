import { db } from "@/lib/db/client";
import { parseAuditDetail } from "@/lib/audit/describe-audit-detail";

/** The title a purged event had, from its purge's audit entry; null when the log has no purge of that id. */
export async function findPurgedEventTitle(eventId: number): Promise<string | null> {
  const entry = await db.auditEntry.findFirst({ where: { eventId, action: "event.purge" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { detail: true } });
  const title = parseAuditDetail(entry?.detail ?? null)?.title;
  return typeof title === "string" ? title : null;
}
