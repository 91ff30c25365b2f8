import { EVENT_SORTS, PAGE_SIZES, type EventSort, type FindEventsResult } from "@/lib/queries/find-events";
import { toEventRow } from "./event-row";
import { parseTableParams, type TableParamsConfig } from "@/components/data-table/table-search-params";
import type { SearchParamsInput } from "@/lib/filters/event-filter";

/** Columns a visitor may show or hide (the title always shows). Sortable ids match EVENT_SORTS. */
export const EVENT_COLUMN_IDS = ["date", "importance", "topics", "countries", "actors", "sources", "status", "updated"] as const;
export type EventColumnId = (typeof EVENT_COLUMN_IDS)[number];

const EDITOR_ONLY: readonly EventColumnId[] = ["status"];
const HIDDEN_BY_DEFAULT: readonly EventColumnId[] = ["updated"];

export const EVENT_SORT_LABELS: Record<EventSort, string> = {
  date: "Date, earliest first",
  "-date": "Date, latest first",
  title: "Title, A–Z",
  "-title": "Title, Z–A",
  importance: "Importance, lowest first",
  "-importance": "Importance, highest first",
  updated: "Last updated, oldest first",
  "-updated": "Last updated, newest first",
  relevance: "Relevance",
};

/** While searching, relevance is offered and is the default; otherwise date order is. */
export function eventTableConfig(editor: boolean, searching = false): TableParamsConfig<EventSort> {
  const columns = EVENT_COLUMN_IDS.filter((id) => editor || !EDITOR_ONLY.includes(id));
  return {
    sorts: searching ? EVENT_SORTS : EVENT_SORTS.filter((sort) => sort !== "relevance"),
    defaultSort: searching ? "relevance" : "date",
    pageSizes: PAGE_SIZES,
    defaultPageSize: 25,
    columns,
    defaultColumns: columns.filter((id) => !HIDDEN_BY_DEFAULT.includes(id)),
  };
}

/** The events table's props for a page of results, rows formatted here on the server. */
export function eventsTableProps(result: FindEventsResult, table: { value: { sort: EventSort }; config: TableParamsConfig<EventSort> }) {
  return {
    rows: result.rows.map(toEventRow),
    total: result.total,
    totalExact: result.totalExact,
    state: { sort: table.value.sort, page: result.page, size: result.pageSize },
    options: eventTableOptions(table.config),
  };
}

/** What the client table needs of a config, as plain data (its bundle never imports the query layer). */
export function eventTableOptions(config: TableParamsConfig<EventSort>) {
  return {
    sorts: config.sorts.map((value) => ({ value, label: EVENT_SORT_LABELS[value] })),
    pageSizes: config.pageSizes,
    columns: config.columns,
    defaultColumns: config.defaultColumns,
    defaultSort: config.defaultSort,
    defaultPageSize: config.defaultPageSize,
  };
}

/** The admin list: every column an editor has, most recently changed first. */
export function adminEventTableConfig(searching = false): TableParamsConfig<EventSort> {
  const config = eventTableConfig(true, searching);
  return { ...config, defaultSort: searching ? "relevance" : "-updated", defaultColumns: ["date", "importance", "status", "updated"] };
}

/**
 * Sort, page, size and columns of /events (and of /admin, with its config). An editor's link shared with a reader may name the
 * status column; readers simply do not get it, without an error. Likewise a link sorted by relevance
 * whose search was cleared is shown in date order.
 */
export function parseEventTableParams(input: SearchParamsInput, editor: boolean, searching = false, admin = false) {
  const config = admin ? adminEventTableConfig(searching) : eventTableConfig(editor, searching);
  const parsed = parseTableParams(input, { ...config, sorts: EVENT_SORTS, columns: EVENT_COLUMN_IDS });
  const columns = parsed.value.columns.filter((id) => config.columns.includes(id));
  const sort = config.sorts.includes(parsed.value.sort) ? parsed.value.sort : config.defaultSort;
  return {
    config,
    value: { ...parsed.value, sort, columns: columns.length ? columns : [...config.defaultColumns] },
    errors: parsed.errors,
  };
}
