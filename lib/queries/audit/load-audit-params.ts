import { db } from "@/lib/db/client";
import { parseAuditParams, type AuditFilter } from "@/lib/audit/audit-filter";
import type { ParamError, SearchParamsInput } from "@/lib/filters/event-filter";
import { findAuditCursor, type AuditCursor } from "./find-audit-entries";

export interface LoadedAuditParams {
  filter: AuditFilter;
  /** Where the page starts; null for the newest entries. */
  after: AuditCursor | null;
  errors: ParamError[];
}

/**
 * Parses the log's URL parameters (lib/audit/audit-filter.ts) and checks what only the database knows: that
 * `person` is an account and `before` an entry. What fails is reported and left out; the rest still applies.
 * `paging: false` for the export, which takes the filter alone.
 */
export async function loadAuditParams(input: SearchParamsInput, { paging = true } = {}): Promise<LoadedAuditParams> {
  const { value, errors } = parseAuditParams(input, { paging });
  const { filter } = value;
  const [person, after] = await Promise.all([
    filter.person ? db.user.findUnique({ where: { id: filter.person }, select: { id: true } }) : null,
    value.before !== null ? findAuditCursor(value.before) : null,
  ]);
  if (filter.person && !person) {
    errors.push({ param: "person", message: "“person” is not an account; pick one from the list." });
    filter.person = null;
  }
  if (value.before !== null && !after) errors.push({ param: "before", message: `“before” names no entry of the log (${value.before}); the newest entries are shown.` });
  return { filter, after, errors };
}
