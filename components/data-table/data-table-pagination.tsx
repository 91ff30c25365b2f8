"use client";

import { useId } from "react";
import type { RowData } from "@tanstack/react-table";
import type { DataTableInstance } from "./use-data-table";
import { describeRowRange } from "./table-search-params";
import styles from "./data-table.module.css";

interface DataTablePaginationProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  pageSizes: readonly number[];
  /** What a row is, for "21–40 of 57 events". */
  noun?: string;
}

export function DataTablePagination<TData extends RowData>({ table, pageSizes, noun = "rows" }: DataTablePaginationProps<TData>) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const exact = table.getPageCount() !== -1;
  const pageCount = Math.max(1, table.getPageCount());
  const buttons = [
    { label: "First page", text: "First", symbol: "«", onClick: () => table.firstPage(), enabled: table.getCanPreviousPage() },
    { label: "Previous page", text: "Previous", symbol: "‹", onClick: () => table.previousPage(), enabled: table.getCanPreviousPage() },
    { label: "Next page", text: "Next", symbol: "›", onClick: () => table.nextPage(), enabled: table.getCanNextPage() },
    { label: "Last page", text: "Last", symbol: "»", onClick: () => table.lastPage(), enabled: table.getCanLastPage() },
  ];

  return (
    <nav aria-label="Pages" className={styles.pagination}>
      <p className={styles.range}>
        {describeRowRange(pageIndex + 1, pageSize, table.getRowCount(), exact)} {noun}
        <span className="muted"> · page {pageIndex + 1}{exact ? ` of ${pageCount}` : ""}</span>
      </p>
      <div className={styles.pageSize}>
        <label htmlFor={sizeId}>Per page</label>
        <select id={sizeId} value={pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>{size}</option>
          ))}
        </select>
      </div>
      <div className={styles.pageButtons}>
        {buttons.map((button) => (
          <button key={button.label} type="button" aria-label={button.label} onClick={button.onClick} disabled={!button.enabled}>
            <span aria-hidden="true">{button.symbol}</span>
            <span className={styles.pageButtonText} aria-hidden="true">{button.text}</span>
          </button>
        ))}
      </div>
    </nav>
  );
}
