import type { Metadata } from "next";
import Link from "next/link";
import { getViewer } from "@/lib/auth/get-viewer";
import { canEdit } from "@/lib/domain/viewer";
import { isFilterEmpty } from "@/lib/filters/event-filter";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { listFilterOptions } from "@/lib/queries/list-filter-options";
import { findEventsPage } from "@/lib/queries/find-events-page";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterErrors } from "@/components/filters/filter-errors";
import { TABLE_PARAM_KEYS } from "@/components/data-table/table-search-params";
import { EventsTable } from "@/components/events-table/events-table";
import { eventsTableProps, parseEventTableParams } from "@/components/events-table/event-table-config";
import { TableParamErrors } from "@/components/events-table/table-param-errors";
import { hrefWithoutFilter } from "@/components/events-table/href-without-filter";
import { formatEventTotal } from "@/components/events-table/format-event-total";
import styles from "./events-page.module.css";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const viewer = await getViewer();
  const editor = canEdit(viewer);
  const loaded = await loadEventFilter(params, TABLE_PARAM_KEYS);
  const filter = loaded.ok ? loaded.filter : loaded.fallback;
  const table = parseEventTableParams(params, editor, Boolean(filter.q));
  const [filterOptions, result] = await Promise.all([
    listFilterOptions(filter.actors),
    findEventsPage({ filter, viewer, sort: table.value.sort, page: table.value.page, pageSize: table.value.size }),
  ]);
  const filtered = !isFilterEmpty(filter);
  const clearHref = hrefWithoutFilter(params);

  return (
    <>
      <h1>Events</h1>
      <FilterBar options={filterOptions} showStatus={editor} resetKeys={["page"]} />
      {!loaded.ok && <FilterErrors errors={loaded.errors} />}
      <TableParamErrors errors={table.errors} />
      {result.requestedPage !== undefined && (
        <p role="alert" className="alert">
          There is no page {result.requestedPage}: {formatEventTotal(result.total, true)} {result.total === 1 ? "event makes" : "events make"}{" "}
          {result.pageCount} {result.pageCount === 1 ? "page" : "pages"} of {result.pageSize}. Showing the last page.
        </p>
      )}
      <p role="status" className={styles.count}>
        <strong>{formatEventTotal(result.total, result.totalExact)}</strong> {result.total === 1 && result.totalExact ? "event" : "events"}
        {filtered ? " match these filters" : ""}
        {filtered && result.total > 0 && (
          <> · <Link href={clearHref}>Clear filters</Link></>
        )}
      </p>
      {result.total === 0 ? (
        <div className={styles.empty}>
          <h2>{filtered ? "No events match these filters" : "No events yet"}</h2>
          {filtered ? (
            <p>Try a wider period or fewer topics, actors or countries, or <Link href={clearHref}>clear all filters</Link>.</p>
          ) : (
            <p className="muted">Events appear here once they are published.</p>
          )}
        </div>
      ) : (
        <EventsTable {...eventsTableProps(result, table)} variant={editor ? "editor" : "reader"} />
      )}
    </>
  );
}
