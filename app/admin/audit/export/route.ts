import { stringify } from "csv-stringify/sync";
import type { NextRequest } from "next/server";
import { checkAdmin } from "@/lib/actions/accounts/check-admin";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { AUDIT_CSV_HEADER, toAuditCsvRecord } from "@/lib/audit/audit-csv";
import type { AuditFilter } from "@/lib/audit/audit-filter";
import { fromActionResult, invalidParams } from "@/lib/http/api-response";
import { loadAuditParams } from "@/lib/queries/audit/load-audit-params";
import { readAuditBatches } from "@/lib/queries/audit/read-audit-batches";

export const runtime = "nodejs";

/** RFC 4180: records end with CRLF, and a cell holding either half of one is quoted (csv-stringify only looks for the pair). */
const CSV_OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

/** The header, then one chunk per batch of the log: the response starts at once and memory holds one batch. */
function auditCsvStream(filter: AuditFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = readAuditBatches(filter);
  let headerSent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(stringify([[...AUDIT_CSV_HEADER]], CSV_OPTIONS)));
        return;
      }
      const batch = await batches.next();
      if (batch.done) controller.close();
      else controller.enqueue(encoder.encode(stringify(batch.value.map(toAuditCsvRecord), CSV_OPTIONS)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/**
 * GET /admin/audit/export?<the log's filter> — the filtered entries as CSV, newest first, for admins: 401 signed out,
 * 403 for other roles, 400 with the messages when a filter is not valid (the page shows them; a file would hide them).
 */
export async function GET(request: NextRequest) {
  const denied = checkAdmin(await getViewerFromHeaders(request.headers), "export the audit log");
  if (denied) return fromActionResult(denied);
  const { filter, errors } = await loadAuditParams(request.nextUrl.searchParams, { paging: false });
  if (errors.length > 0) return invalidParams(errors);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsvStream(filter), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="chronicle-audit-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
