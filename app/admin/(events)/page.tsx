import type { Metadata } from "next";
import Link from "next/link";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterErrors } from "@/components/filters/filter-errors";
import { EventsTable } from "@/components/events-table/events-table";
import { eventsTableProps, parseEventTableParams } from "@/components/events-table/event-table-config";
import { TableParamErrors } from "@/components/events-table/table-param-errors";
import { TABLE_PARAM_KEYS } from "@/components/data-table/table-search-params";
import { AdminNotice, type AdminNoticeKind } from "@/components/admin/admin-notice";
import styles from "@/components/admin/admin-page.module.css";
import { requirePageRole } from "@/lib/auth/require-role";
import { canEdit } from "@/lib/domain/viewer";
import { parseEventId } from "@/lib/http/parse-list-params";
import { toParamRecord } from "@/lib/filters/event-filter";
import { formatEventTotal } from "@/components/events-table/format-event-total";
import { findEventsPage } from "@/lib/queries/find-events-page";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { countDeletedEvents } from "@/lib/queries/list-deleted-events";
import { listFilterOptions } from "@/lib/queries/list-filter-options";
import { loadEventFilter } from "@/lib/queries/load-event-filter";

export const metadata: Metadata = { title: "Admin" };

const PAGE_KEYS = [...TABLE_PARAM_KEYS, "deleted", "restored"];

async function loadNotice(params: Record<string, string[]>): Promise<{ kind: AdminNoticeKind; event: { id: number; title: string; version: number } } | null> {
  for (const kind of ["deleted", "restored"] as const) {
    const id = parseEventId(params[kind]?.[0] ?? "");
    if (id === null) continue;
    const event = await getEventForEdit(id);
    if (event && Boolean(event.deletedAt) === (kind === "deleted")) return { kind, event: { id, title: event.values.title, version: event.values.version } };
  }
  return null;
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const viewer = await requirePageRole(canEdit);

  const params = toParamRecord(raw);
  const loaded = await loadEventFilter(raw, PAGE_KEYS);
  const filter = loaded.ok ? loaded.filter : loaded.fallback;
  const table = parseEventTableParams(raw, true, Boolean(filter.q), true);
  const [result, trashed, options, notice] = await Promise.all([
    findEventsPage({ filter, viewer, sort: table.value.sort, page: table.value.page, pageSize: table.value.size }),
    countDeletedEvents(),
    listFilterOptions(filter.actors),
    loadNotice(params),
  ]);

  return (
    <>
      <div className={styles.headerRow}>
        <h1>Admin</h1>
        <Link href="/admin/events/new" className="button button-primary">New event</Link>
      </div>
      {notice && <AdminNotice kind={notice.kind} event={notice.event} />}
      <FilterBar options={options} showStatus resetKeys={["page"]} />
      {!loaded.ok && <FilterErrors errors={loaded.errors} />}
      <section aria-labelledby="admin-events">
        <h2 id="admin-events">Events <span className="muted">({formatEventTotal(result.total, result.totalExact)}, drafts included)</span></h2>
        <TableParamErrors errors={table.errors} />
        {result.total === 0 ? (
          <p className="alert">
            No events match these filters. <Link href="/admin/events/new">Create an event</Link> or clear the filters.
          </p>
        ) : (
          <EventsTable {...eventsTableProps(result, table)} variant="admin" />
        )}
      </section>
      <p>
        <Link href="/admin/trash">Trash</Link>{" "}
        <span className="muted">({trashed === 0 ? "empty" : `${trashed.toLocaleString("en-GB")} deleted event${trashed === 1 ? "" : "s"}: restore them there`})</span>
      </p>
    </>
  );
}
