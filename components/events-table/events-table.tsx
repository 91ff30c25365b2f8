"use client";

import { DataTable } from "@/components/data-table/data-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useDataTable, type DataTableServerState } from "@/components/data-table/use-data-table";
import { EDITOR_EVENT_COLUMNS, READER_EVENT_COLUMNS } from "./event-columns";
import { EventsTableToolbar } from "./events-table-toolbar";
import type { EventRow } from "./event-row";

export interface EventsTableProps {
  rows: EventRow[];
  total: number;
  /** False past the count's cap: `total` is then a lower bound. */
  totalExact: boolean;
  state: DataTableServerState;
  editor: boolean;
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

export function EventsTable({ rows, total, totalExact, state, editor, options }: EventsTableProps) {
  const { table, isPending } = useDataTable({
    columns: editor ? EDITOR_EVENT_COLUMNS : READER_EVENT_COLUMNS,
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
