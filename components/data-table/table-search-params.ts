import { parseAsArrayOf, parseAsInteger, parseAsString } from "nuqs/server";
import { z } from "zod";
import type { SearchParamsInput } from "@/lib/filters/event-filter";
import { oneOf, parseUrlParams, urlParam, wholeNumber, type ParsedParams } from "@/lib/http/url-params";

/**
 * The URL state of a server-driven table: `sort` ("date" or "-date"), `page` (from 1), `size` and
 * `cols` (the visible column ids, comma-separated). The server parses it strictly to query; the
 * client writes it through tableParsers, in the same format.
 */

export const TABLE_PARAM_KEYS = ["sort", "page", "size", "cols"] as const;

export interface TableParamsConfig<TSort extends string = string> {
  sorts: readonly TSort[];
  defaultSort: TSort;
  pageSizes: readonly number[];
  defaultPageSize: number;
  /** Every column a visitor may show or hide. */
  columns: readonly string[];
  defaultColumns: readonly string[];
}

export interface TableParams<TSort extends string = string> {
  sort: TSort;
  page: number;
  size: number;
  columns: string[];
}

export const tableParsers = {
  sort: parseAsString,
  page: parseAsInteger,
  size: parseAsInteger,
  cols: parseAsArrayOf(parseAsString),
};

/** Reads the table's URL state; a bad value is reported and replaced by its default, never guessed at. */
export function parseTableParams<TSort extends string>(input: SearchParamsInput, config: TableParamsConfig<TSort>): ParsedParams<TableParams<TSort>> {
  const { value, errors } = parseUrlParams(input, {
    sort: urlParam(oneOf(config.sorts, `must be one of ${config.sorts.join(", ")}; sorted by ${config.defaultSort} instead.`), config.defaultSort),
    page: urlParam(wholeNumber(1, 999_999_999, "must be a whole number from 1, so page 1 is shown."), 1),
    size: urlParam(oneOf(config.pageSizes.map(String), `must be one of ${config.pageSizes.join(", ")}; showing ${config.defaultPageSize} per page.`).transform(Number), config.defaultPageSize),
    cols: urlParam(z.string().transform((text) => text.split(",")), null as string[] | null),
  });
  let columns = [...config.defaultColumns];
  if (value.cols) {
    const read = readColumnList(value.cols, config);
    columns = read.columns;
    if (read.unknown.length) {
      errors.push({ param: "cols", message: `“cols” names unknown column${read.unknown.length > 1 ? "s" : ""} ${read.unknown.join(", ")}. Known: ${config.columns.join(", ")}.` });
    }
  }
  return { value: { sort: value.sort, page: value.page, size: value.size, columns }, errors };
}

/** Known ids in table order; an empty or wholly unknown list falls back to the default columns. */
export function readColumnList(
  ids: readonly string[],
  config: Pick<TableParamsConfig, "columns" | "defaultColumns">,
): { columns: string[]; unknown: string[] } {
  const wanted = ids.map((id) => id.trim()).filter(Boolean);
  const unknown = wanted.filter((id) => !config.columns.includes(id));
  const columns = config.columns.filter((id) => wanted.includes(id));
  return { columns: columns.length ? columns : [...config.defaultColumns], unknown };
}

export function sortToSorting(sort: string): { id: string; desc: boolean }[] {
  return sort.startsWith("-") ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }];
}

export function sortingToSort(sorting: readonly { id: string; desc: boolean }[]): string | null {
  const first = sorting[0];
  return first ? `${first.desc ? "-" : ""}${first.id}` : null;
}

/** TanStack's visibility state: every hideable column gets an explicit true or false. */
export function columnsToVisibility(all: readonly string[], visible: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(all.map((id) => [id, visible.includes(id)]));
}

export function visibilityToColumns(all: readonly string[], visibility: Record<string, boolean>): string[] {
  return all.filter((id) => visibility[id] !== false);
}

/** After a page-size change, the page that still holds the first row the reader was looking at. */
export function pageKeepingFirstRow(page: number, size: number, nextSize: number): number {
  return Math.floor(((page - 1) * size) / nextSize) + 1;
}

/** "21–40 of 57"; "0 of 0" when there is nothing; "1–50 of 10,000+" when the total is only a lower bound. */
export function describeRowRange(page: number, size: number, total: number, exact = true): string {
  if (total === 0) return "0 of 0";
  const format = (n: number) => n.toLocaleString("en-GB");
  const first = (page - 1) * size + 1;
  const last = Math.min(page * size, total);
  return `${format(first)}–${format(last)} of ${format(total)}${exact ? "" : "+"}`;
}

/** True when two column lists name the same ids, whatever their order. */
export function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
