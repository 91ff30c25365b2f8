"use client";

import { useId, type ReactNode } from "react";
import type { RowData } from "@tanstack/react-table";
import type { DataTableInstance } from "./use-data-table";
import { SortIndicator } from "./sort-indicator";
import styles from "./data-table.module.css";

interface DataTableProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  /** Names the table for screen readers and the scroll region it sits in. */
  caption: string;
  isPending?: boolean;
  /** Shown in place of rows when the page is empty. */
  emptyMessage?: ReactNode;
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * Renders rows the server already sorted and paged. Wide tables scroll sideways inside their own
 * focusable region (the page never does), and the first column stays in view while they do.
 */
export function DataTable<TData extends RowData>({ table, caption, isPending = false, emptyMessage = "Nothing to show." }: DataTableProps<TData>) {
  const captionId = useId();
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={styles.scroll} aria-busy={isPending}>
      <table className={styles.table}>
        <caption id={captionId} className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const { column } = header;
                const meta = column.columnDef.meta;
                const sorted = column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    colSpan={header.colSpan}
                    aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
                    className={meta?.className}
                    data-align={meta?.align}
                  >
                    {header.isPlaceholder ? null : column.getCanSort() ? (
                      <button type="button" className={styles.sortButton} onClick={column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <SortIndicator direction={sorted} />
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className={styles.empty}>{emptyMessage}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell, index) => {
                  const meta = cell.column.columnDef.meta;
                  const Cell = index === 0 ? "th" : "td";
                  return (
                    <Cell key={cell.id} scope={index === 0 ? "row" : undefined} className={meta?.className} data-align={meta?.align}>
                      <table.FlexRender cell={cell} />
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
