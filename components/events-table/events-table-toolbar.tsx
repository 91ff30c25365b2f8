"use client";

import { useId } from "react";
import type { DataTableInstance } from "@/components/data-table/use-data-table";
import { DataTableColumnsMenu } from "@/components/data-table/data-table-columns-menu";
import { sortingToSort, sortToSorting } from "@/components/data-table/table-search-params";
import type { EventRow } from "./event-row";
import styles from "./events-table.module.css";

interface EventsTableToolbarProps {
  table: DataTableInstance<EventRow>;
  sortOptions: { value: string; label: string }[];
  defaultColumns: readonly string[];
}

/** Sorting by a select as well as by headers: on a phone the headers may be scrolled out of view. */
export function EventsTableToolbar({ table, sortOptions, defaultColumns }: EventsTableToolbarProps) {
  const sortId = useId();
  const sort = sortingToSort(table.state.sorting) ?? "";
  return (
    <div className={styles.toolbar}>
      <div className={styles.sortField}>
        <label htmlFor={sortId}>Sort by</label>
        <select id={sortId} value={sort} onChange={(event) => table.setSorting(sortToSorting(event.target.value))}>
          {sortOptions.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      </div>
      <DataTableColumnsMenu table={table} defaultColumns={defaultColumns} />
    </div>
  );
}
