"use client";

import { useRef, type KeyboardEvent } from "react";
import type { RowData } from "@tanstack/react-table";
import type { DataTableInstance } from "./use-data-table";
import { columnsToVisibility } from "./table-search-params";
import styles from "./data-table.module.css";

interface DataTableColumnsMenuProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  defaultColumns: readonly string[];
}

/** A disclosure of checkboxes choosing the visible columns; Escape closes it and returns focus. */
export function DataTableColumnsMenu<TData extends RowData>({ table, defaultColumns }: DataTableColumnsMenuProps<TData>) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const visibleCount = hideable.filter((column) => column.getIsVisible()).length;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !detailsRef.current?.open) return;
    detailsRef.current.open = false;
    detailsRef.current.querySelector("summary")?.focus();
  };
  const reset = () =>
    table.setColumnVisibility(columnsToVisibility(hideable.map((column) => column.id), defaultColumns));

  return (
    <details ref={detailsRef} className={styles.menu} onKeyDown={onKeyDown}>
      <summary>
        Columns <span className="muted">({visibleCount} of {hideable.length})</span>
      </summary>
      <div className={styles.menuPanel}>
        <fieldset>
          <legend className="visually-hidden">Visible columns</legend>
          {hideable.map((column) => (
            <label key={column.id} className={styles.menuItem}>
              <input type="checkbox" checked={column.getIsVisible()} onChange={(event) => column.toggleVisibility(event.target.checked)} />
              {column.columnDef.meta?.label ?? column.id}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={reset}>Default columns</button>
      </div>
    </details>
  );
}
