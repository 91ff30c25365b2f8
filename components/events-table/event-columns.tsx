"use client";

import { IntentLink } from "@/components/links/intent-link";
import { createColumnHelper } from "@tanstack/react-table";
import type { DataTableColumnDef, DataTableFeatures } from "@/components/data-table/data-table-features";
import { IMPORTANCE_MAX } from "@/lib/domain/event-vocabulary";
import { StatusBadge } from "../events/status-badge";
import type { EventRow } from "./event-row";
import { SearchSnippet } from "./search-snippet";
import styles from "./events-table.module.css";

const column = createColumnHelper<DataTableFeatures, EventRow>();

const list = (items: string[]) => (items.length ? items.join(", ") : <span className="muted">—</span>);

/** Sortable column ids are the sort keys of findEvents: the server orders by the real date bounds, not the label. */
const readerColumns = [
  column.accessor("title", {
    header: "Title",
    enableHiding: false,
    meta: { label: "Title", className: styles.title },
    cell: ({ row }) => (
      <>
        <IntentLink href={`/events/${row.original.slug}`}>{row.original.title}</IntentLink>
        {row.original.status !== "published" && <> <StatusBadge status={row.original.status} /></>}
        {row.original.snippet && <SearchSnippet parts={row.original.snippet} />}
      </>
    ),
  }),
  column.accessor("dateLabel", {
    id: "date",
    header: "Date",
    meta: { label: "Date", className: styles.date },
    cell: ({ row }) => (
      <>
        {row.original.dateLabel}
        <span className={styles.precision}>{row.original.precision}</span>
      </>
    ),
  }),
  column.accessor("importance", {
    header: "Importance",
    sortDescFirst: true,
    meta: { label: "Importance", className: styles.nowrap },
    cell: ({ getValue }) => {
      const level = getValue();
      return (
        <span className={styles.importance}>
          {level}
          <span aria-hidden="true" className={styles.dots}>{"●".repeat(level)}{"○".repeat(IMPORTANCE_MAX - level)}</span>
          <span className="visually-hidden"> of {IMPORTANCE_MAX}</span>
        </span>
      );
    },
  }),
  column.accessor("topics", { header: "Topics", enableSorting: false, meta: { label: "Topics", className: styles.list }, cell: ({ getValue }) => list(getValue()) }),
  column.accessor("countries", { header: "Countries", enableSorting: false, meta: { label: "Countries", className: styles.shortList }, cell: ({ getValue }) => list(getValue()) }),
  column.accessor("actors", { header: "Actors", enableSorting: false, meta: { label: "Actors", className: styles.list }, cell: ({ getValue }) => list(getValue()) }),
  column.accessor("sourceCount", {
    id: "sources",
    header: "Sources",
    enableSorting: false,
    meta: { label: "Sources", align: "end" },
  }),
] satisfies DataTableColumnDef<EventRow>[];

const statusColumn = column.accessor("status", {
  header: "Status",
  enableSorting: false,
  meta: { label: "Status" },
  cell: ({ getValue }) =>
    getValue() === "published" ? <span className="tag">Published</span> : <StatusBadge status={getValue()} />,
});

const updatedColumn = column.accessor("updatedLabel", {
  id: "updated",
  header: "Updated",
  sortDescFirst: true,
  meta: { label: "Last updated", className: styles.nowrap },
  cell: ({ row }) => <time dateTime={row.original.updatedAt}>{row.original.updatedLabel}</time>,
});

/** The admin list's title opens the editor instead of the event page. */
const editTitleColumn = column.accessor("title", {
  header: "Title",
  enableHiding: false,
  meta: { label: "Title", className: styles.title },
  cell: ({ row }) => (
    <>
      {/* A label rather than hidden text in the link: the sticky cell would otherwise sit over part of the link's box. */}
      <IntentLink href={`/admin/events/${row.original.id}/edit`} aria-label={`Edit ${row.original.title}`}>
        {row.original.title}
      </IntentLink>
      {row.original.snippet && <SearchSnippet parts={row.original.snippet} />}
    </>
  ),
});

export const EVENT_COLUMNS = {
  reader: [...readerColumns, updatedColumn],
  editor: [...readerColumns, statusColumn, updatedColumn],
  admin: [editTitleColumn, ...readerColumns.slice(1), statusColumn, updatedColumn],
} satisfies Record<string, DataTableColumnDef<EventRow>[]>;

export type EventTableVariant = keyof typeof EVENT_COLUMNS;
