"use client";

import { useMemo, useTransition } from "react";
import { useQueryStates } from "nuqs";
import { functionalUpdate, useTable, type RowData, type Updater } from "@tanstack/react-table";
import { dataTableFeatures, type DataTableColumnDef } from "./data-table-features";
import {
  columnsToVisibility,
  pageKeepingFirstRow,
  readColumnList,
  sameColumns,
  sortingToSort,
  sortToSorting,
  tableParsers,
  visibilityToColumns,
} from "./table-search-params";

export interface DataTableServerState {
  sort: string;
  /** The page the server actually rendered (1-based), after any correction. */
  page: number;
  size: number;
}

export interface UseDataTableOptions<TData extends RowData> {
  columns: DataTableColumnDef<TData>[];
  /** The rows of the current page, already filtered, sorted and paged by the server. */
  data: TData[];
  rowCount: number;
  /** False when rowCount is only a lower bound (a capped count): the last page is then unknown. */
  rowCountExact?: boolean;
  state: DataTableServerState;
  defaults: { sort: string; size: number; columns: readonly string[] };
  /** Every column a visitor may show or hide, in table order. */
  hideableColumns: readonly string[];
  getRowId: (row: TData) => string;
}

/**
 * One table whose sorting, paging and column choice live in the URL. Sort and page changes ask the
 * server for new rows (shallow: false) inside a transition, so the old page stays until the new one
 * arrives; the column choice only re-renders on the client.
 */
export function useDataTable<TData extends RowData>(options: UseDataTableOptions<TData>) {
  const { columns, data, rowCount, rowCountExact = true, state, defaults, hideableColumns, getRowId } = options;
  const [isPending, startTransition] = useTransition();
  const [, setServerParams] = useQueryStates(
    { sort: tableParsers.sort, page: tableParsers.page, size: tableParsers.size },
    { history: "push", shallow: false, scroll: false, startTransition },
  );
  const [{ cols }, setCols] = useQueryStates({ cols: tableParsers.cols }, { history: "replace" });

  const visibleColumns = useMemo(
    () => (cols ? readColumnList(cols, { columns: hideableColumns, defaultColumns: defaults.columns }).columns : [...defaults.columns]),
    [cols, hideableColumns, defaults.columns],
  );
  const sorting = useMemo(() => sortToSorting(state.sort), [state.sort]);
  const pagination = useMemo(() => ({ pageIndex: state.page - 1, pageSize: state.size }), [state.page, state.size]);
  const columnVisibility = useMemo(() => columnsToVisibility(hideableColumns, visibleColumns), [hideableColumns, visibleColumns]);

  const onSortingChange = (updater: Updater<typeof sorting>) => {
    const sort = sortingToSort(functionalUpdate(updater, sorting));
    void setServerParams({ sort: sort === defaults.sort ? null : sort, page: null });
  };
  const onPaginationChange = (updater: Updater<typeof pagination>) => {
    const next = functionalUpdate(updater, pagination);
    const page = next.pageSize !== state.size ? pageKeepingFirstRow(state.page, state.size, next.pageSize) : next.pageIndex + 1;
    void setServerParams({ page: page === 1 ? null : page, size: next.pageSize === defaults.size ? null : next.pageSize });
  };
  const onColumnVisibilityChange = (updater: Updater<typeof columnVisibility>) => {
    const next = visibilityToColumns(hideableColumns, functionalUpdate(updater, columnVisibility));
    void setCols({ cols: sameColumns(next, defaults.columns) ? null : next });
  };

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    rowCount,
    // -1 = unknown page count: Next stays enabled, Last is disabled (getCanLastPage).
    pageCount: rowCountExact ? undefined : -1,
    getRowId,
    state: { sorting, pagination, columnVisibility },
    onSortingChange,
    onPaginationChange,
    onColumnVisibilityChange,
    manualSorting: true,
    manualPagination: true,
    autoResetPageIndex: false,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });
  return { table, isPending };
}

export type DataTableInstance<TData extends RowData> = ReturnType<typeof useDataTable<TData>>["table"];
