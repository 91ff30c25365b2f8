import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilterForm } from "@/components/admin/audit/audit-filter-form";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { FilterErrors } from "@/components/filters/filter-errors";
import styles from "@/components/admin/admin-table.module.css";
import { requirePageRole } from "@/lib/auth/require-role";
import { isAuditFilterEmpty, serializeAuditFilter } from "@/lib/audit/audit-filter";
import { canAdminister } from "@/lib/domain/viewer";
import { toParamRecord } from "@/lib/filters/event-filter";
import { AUDIT_PAGE_SIZE, listAuditPage } from "@/lib/queries/audit/list-audit-page";
import { listAuditPeople } from "@/lib/queries/audit/list-audit-people";
import { loadAuditParams } from "@/lib/queries/audit/load-audit-params";

export const metadata: Metadata = { title: "Audit log" };

const withQuery = (path: string, params: URLSearchParams) => (params.size ? `${path}?${params}` : path);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(canAdminister);
  const raw = await searchParams;
  const { filter, after, errors } = await loadAuditParams(raw);
  const [people, page] = await Promise.all([listAuditPeople(), listAuditPage(filter, after)]);
  const values = Object.fromEntries(Object.entries(toParamRecord(raw)).map(([key, list]) => [key, list[0] ?? ""]));
  const filterParams = serializeAuditFilter(filter);
  const olderParams = new URLSearchParams(filterParams);
  if (page.olderBefore !== null) olderParams.set("before", String(page.olderBefore));
  const filtered = !isAuditFilterEmpty(filter);

  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">Every sign-in, change to an event, account or setting, and purge: who, when, from where. Times are UTC.</p>
      <AuditFilterForm values={values} people={people} />
      <FilterErrors errors={errors} />
      <p>
        <a href={withQuery("/admin/audit/export", filterParams)} download>
          Download CSV
        </a>{" "}
        <span className="muted">({filtered ? "the entries of these filters" : "every entry"}, newest first)</span>
      </p>
      <section aria-labelledby="audit-entries">
        <h2 id="audit-entries">
          Entries <span className="muted">({after ? "older ones" : "newest first"}, {AUDIT_PAGE_SIZE} a page)</span>
        </h2>
        {page.entries.length === 0 ? (
          <p className="alert">
            {after ? "No older entries." : filtered ? "No entry matches these filters." : "The log is empty: nothing has been recorded yet."}{" "}
            {filtered && <Link href="/admin/audit">Clear the filters</Link>}
          </p>
        ) : (
          <AuditTable entries={page.entries} now={new Date()} />
        )}
        {(after || page.olderBefore !== null) && (
          <nav aria-label="Audit log pages" className={styles.paging}>
            {after && <Link href={withQuery("/admin/audit", filterParams)}>Newest entries</Link>}
            {page.olderBefore !== null && <Link href={withQuery("/admin/audit", olderParams)}>Older entries</Link>}
          </nav>
        )}
      </section>
    </>
  );
}
