import { markRepeatedExternalIds, type ImportOptions, type ImportRow } from "../import-row";
import { isTimelineJsSheet, readTimelineJsSheet, readTimelineSheetRow, sheetColumns, type TimelineSheetItem } from "../timelinejs/read-timelinejs-sheet";
import type { TimelineImport } from "../timelinejs/timeline-slide";
import { applyMapping } from "./apply-mapping";
import { mappingProblems, suggestMapping, type ColumnMapping } from "./column-mapping";
import type { CsvStream, CsvTable } from "./read-csv";

export type CsvImport =
  | ({ kind: "timelinejs-sheet" } & TimelineImport)
  /** rows is empty while the mapping has problems: they stop every row alike. */
  | { kind: "csv"; headers: string[]; mapping: ColumnMapping; problems: string[]; rows: ImportRow[] };

/**
 * A read CSV file as import rows. A TimelineJS spreadsheet is recognised by its headers and read as one, unless the
 * editor gives a mapping; any other file goes through the given mapping, or the suggested one. Times of day the file
 * gives without a zone are read in `options.defaultTimeZone`, or are errors without one.
 */
export function readCsvImport(table: CsvTable, mapping?: ColumnMapping, options: ImportOptions = {}): CsvImport {
  if (!mapping && isTimelineJsSheet(table.headers)) return { kind: "timelinejs-sheet", ...readTimelineJsSheet(table, options) };
  const used = mapping ?? suggestMapping(table.headers);
  const problems = mappingProblems(used, table.headers);
  const rows = problems.length > 0 ? [] : table.rows.map((row) => withRowErrors(applyMapping(row.cells, used, row.line, options), row.errors));
  const idColumn = used.columns.find((entry) => entry.field === "externalId")?.column;
  if (idColumn) markRepeatedExternalIds(rows, idColumn);
  return { kind: "csv", headers: table.headers, mapping: used, problems, rows };
}

function withRowErrors(row: ImportRow, rowErrors: ImportRow["errors"]): ImportRow {
  return rowErrors.length > 0 ? { ...row, errors: [...rowErrors, ...row.errors] } : row;
}

/** A streamed CSV file as import rows: the mapping given or suggested, its problems, and the rows as they arrive. */
export interface CsvImportStream {
  headers: string[];
  mapping: ColumnMapping;
  /** When there are any, no row is read. */
  problems: string[];
  rows: AsyncGenerator<ImportRow, void, undefined>;
}

export function openCsvImport(stream: CsvStream, mapping?: ColumnMapping, options: ImportOptions = {}): CsvImportStream {
  const used = mapping ?? suggestMapping(stream.headers);
  return { headers: stream.headers, mapping: used, problems: mappingProblems(used, stream.headers), rows: mapCsvStream(stream, used, options) };
}

/** The rows of a streamed CSV through a mapping (check it with mappingProblems first), one at a time. */
export async function* mapCsvStream(stream: CsvStream, mapping: ColumnMapping, options: ImportOptions = {}): AsyncGenerator<ImportRow, void, undefined> {
  for await (const row of stream.rows) yield withRowErrors(applyMapping(row.cells, mapping, row.line, options), row.errors);
}

/** The rows of a streamed TimelineJS spreadsheet, one at a time: events, the title slide and eras as they come. */
export async function* readTimelineSheetStream(stream: CsvStream, options: ImportOptions = {}): AsyncGenerator<TimelineSheetItem, void, undefined> {
  const columns = sheetColumns(stream.headers);
  for await (const row of stream.rows) yield readTimelineSheetRow(row, columns, options);
}
