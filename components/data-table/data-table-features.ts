import {
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";

export interface DataTableColumnMeta {
  /** The column's name in the Columns menu and for screen readers; also the sort button's text. */
  label: string;
  /** Numbers line up on the right. */
  align?: "start" | "end";
  /** Kept narrow or wide on purpose; a CSS class from the entity's module. */
  className?: string;
}

/**
 * The features of every server-driven table: the server sorts and pages, so there are no client row
 * models, only the state slices and their APIs.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
// Columns of one table hold different value types; `any` is TanStack's own choice for such arrays.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumnDef<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;
