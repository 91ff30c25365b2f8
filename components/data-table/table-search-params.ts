import { parseAsArrayOf, parseAsInteger, parseAsString } from "nuqs/server";
import { toParamRecord, type ParamError, type SearchParamsInput } from "@/lib/filters/event-filter";

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

function single(params: Record<string, string[]>, key: string, errors: ParamError[]): string | undefined {
  const values = params[key];
  if (!values || values.length === 0) return undefined;
  if (values.length > 1) errors.push({ param: key, message: `“${key}” is given ${values.length} times; give it once.` });
  return values[0] === "" ? undefined : values[0];
}

/** Reads the table's URL state; a bad value is reported and replaced by its default, never guessed at. */
export function parseTableParams<TSort extends string>(
  input: SearchParamsInput,
  config: TableParamsConfig<TSort>,
): { value: TableParams<TSort>; errors: ParamError[] } {
  const params = toParamRecord(input);
  const errors: ParamError[] = [];
  const value: TableParams<TSort> = {
    sort: config.defaultSort,
    page: 1,
    size: config.defaultPageSize,
    columns: [...config.defaultColumns],
  };

  const sort = single(params, "sort", errors);
  if (sort !== undefined) {
    if ((config.sorts as readonly string[]).includes(sort)) value.sort = sort as TSort;
    else errors.push({ param: "sort", message: `“sort” must be one of ${config.sorts.join(", ")}; sorted by ${config.defaultSort} instead.` });
  }

  const page = single(params, "page", errors);
  if (page !== undefined) {
    if (/^\d{1,9}$/.test(page) && Number(page) >= 1) value.page = Number(page);
    else errors.push({ param: "page", message: `“page” must be a whole number from 1; “${page}” is not, so page 1 is shown.` });
  }

  const size = single(params, "size", errors);
  if (size !== undefined) {
    if (/^\d+$/.test(size) && config.pageSizes.includes(Number(size))) value.size = Number(size);
    else errors.push({ param: "size", message: `“size” must be one of ${config.pageSizes.join(", ")}; showing ${config.defaultPageSize} per page.` });
  }

  const cols = single(params, "cols", errors);
  if (cols !== undefined) {
    const { columns, unknown } = readColumnList(cols.split(","), config);
    if (unknown.length) {
      errors.push({ param: "cols", message: `“cols” names unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}. Known: ${config.columns.join(", ")}.` });
    }
    value.columns = columns;
  }
  return { value, errors };
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
