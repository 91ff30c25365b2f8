import type { AuditFilter } from "@/lib/audit/audit-filter";
import { findAuditEntries, type AuditCursor, type AuditEntryRow } from "./find-audit-entries";

export const AUDIT_EXPORT_BATCH = 1000;

/**
 * Every entry of the filter, newest first, a batch at a time: each batch is one keyset read after the last entry of
 * the one before, so an export holds one batch in memory however long the log, and never re-reads by offset.
 */
export async function* readAuditBatches(filter: AuditFilter, batchSize = AUDIT_EXPORT_BATCH): AsyncGenerator<AuditEntryRow[]> {
  let after: AuditCursor | null = null;
  do {
    const { entries, next }: { entries: AuditEntryRow[]; next: AuditCursor | null } = await findAuditEntries(filter, after, batchSize);
    if (entries.length) yield entries;
    after = next;
  } while (after);
}
