import { AUDIT_ACTION_LABELS, isAuditAction } from "@/lib/domain/audit";
import type { AuditEntryRow } from "@/lib/queries/audit/find-audit-entries";

/** The export's columns, in order: its header row. */
export const AUDIT_CSV_HEADER = ["id", "time", "action", "action_label", "actor_id", "actor_email", "actor_name", "event_id", "subject_id", "address", "detail"] as const;

/**
 * Spreadsheets run a cell that starts with = + - or @ as a formula (and some read a leading tab or carriage return
 * the same way): an email typed at a failed sign-in, an event title or a setting's value is anyone's text, so such a
 * cell gets a leading apostrophe and opens as plain text (OWASP, "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One entry as a CSV record: every cell text, absent values empty, time in ISO 8601 UTC, detail as stored (JSON). */
export function toAuditCsvRecord(entry: AuditEntryRow): string[] {
  const cells = [
    String(entry.id),
    entry.createdAt.toISOString(),
    entry.action,
    isAuditAction(entry.action) ? AUDIT_ACTION_LABELS[entry.action] : "",
    entry.actor?.id ?? "",
    entry.actorEmail ?? entry.actor?.email ?? "",
    entry.actor?.name ?? "",
    entry.eventId === null ? "" : String(entry.eventId),
    entry.subjectId ?? "",
    entry.address ?? "",
    entry.detailJson ?? "",
  ];
  return cells.map(neutralizeFormula);
}
