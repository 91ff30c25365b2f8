"use client";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useDataTable, type DataTableServerState } from "@/components/data-table/use-data-table";
import { EVENT_COLUMNS, type EventTableVariant } from "./event-columns";
import { EventsTableToolbar } from "./events-table-toolbar";
import type { EventRow } from "./event-row";

export interface EventsTableProps {
  rows: EventRow[];
  total: number;
  /** False past the count's cap: `total` is then a lower bound. */
  totalExact: boolean;
  state: DataTableServerState;
  /** Readers' columns, an editor's (with status), or the admin list's (titles open the editor). */
  variant: EventTableVariant;
  /** From the server's table config, so this client bundle never imports the query layer. */
  options: {
    sorts: { value: string; label: string }[];
    pageSizes: readonly number[];
    columns: readonly string[];
    defaultColumns: readonly string[];
    defaultSort: string;
    defaultPageSize: number;
  };
}

const getRowId = (row: EventRow) => String(row.id);

export function EventsTable({ rows, total, totalExact, state, variant, options }: EventsTableProps) {
  const { table, isPending } = useDataTable({
    columns: EVENT_COLUMNS[variant],
    data: rows,
    rowCount: total,
    rowCountExact: totalExact,
    state,
    defaults: { sort: options.defaultSort, size: options.defaultPageSize, columns: options.defaultColumns },
    hideableColumns: options.columns,
    getRowId,
  });
  return (
    <>
      <EventsTableToolbar table={table} sortOptions={options.sorts} defaultColumns={options.defaultColumns} />
      <DataTable table={table} caption="Events" isPending={isPending} />
      <DataTablePagination table={table} pageSizes={options.pageSizes} noun="events" />
    </>
  );
}
