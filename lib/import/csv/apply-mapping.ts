import type { ColumnNamer } from "../validate-import-row";
import { EVENT_STATUSES, IMPORTANCE_MAX, IMPORTANCE_MIN, type EventStatus } from "@/lib/domain/event-vocabulary";
import { readCountry } from "../country-codes";
import { DATE_FIELDS, emptyImportValues, finishImportRow, type CellError, type ImportOptions, type ImportRow, type ImportSource, type ImportValues } from "../import-row";
import { publisherFromAddress, webAddress } from "../web-address";
import type { ColumnMapping, ImportField } from "./column-mapping";
import { readDateCells, readPublicationDate, type DateCell } from "./read-date-cells";

/** A CSV row's cells by header. */
export type CsvCells = Record<string, string>;

const TRUE_WORDS = new Set(["yes", "y", "true", "1", "x", "circa", "c", "c.", "approx", "approximate", "approximately", "~"]);
const FALSE_WORDS = new Set(["no", "n", "false", "0", "exact"]);

/** A list in one cell: split on semicolons when it has any (names may hold commas), else on commas. */
export function splitList(text: string): string[] {
  const separator = text.includes(";") ? ";" : ",";
  return text.split(separator).map((item) => item.trim()).filter((item) => item !== "");
}

class RowReader {
  readonly errors: CellError[] = [];
  readonly warnings: string[] = [];

  constructor(
    private readonly cells: CsvCells,
    private readonly mapping: ColumnMapping,
    private readonly line: number,
  ) {}

  columnsOf(field: ImportField): string[] {
    return this.mapping.columns.filter((entry) => entry.field === field).map((entry) => entry.column);
  }

  /** The first column mapped to the field, with its trimmed text; null when none is. */
  cell(field: ImportField): DateCell | null {
    const [column] = this.columnsOf(field);
    if (column === undefined) return null;
    return { column, text: Object.hasOwn(this.cells, column) ? this.cells[column]!.trim() : "" };
  }

  text(field: ImportField): string {
    return this.cell(field)?.text ?? "";
  }

  list(field: ImportField): { column: string; item: string }[] {
    return this.columnsOf(field).flatMap((column) => splitList(Object.hasOwn(this.cells, column) ? this.cells[column]! : "").map((item) => ({ column, item })));
  }

  fail(column: string, message: string): void {
    this.errors.push({ line: this.line, column, message });
  }
}

function readImportance(reader: RowReader): number {
  const cell = reader.cell("importance");
  if (!cell || cell.text === "") return 3;
  if (/^\d+$/.test(cell.text)) return Number(cell.text);
  reader.fail(cell.column, `Importance is a whole number from ${IMPORTANCE_MIN} to ${IMPORTANCE_MAX}; “${cell.text}” is not.`);
  return 3;
}

function readStatus(reader: RowReader): EventStatus {
  const cell = reader.cell("status");
  if (!cell || cell.text === "") return "draft";
  const status = cell.text.toLowerCase().replace(/[\s-]+/g, "_");
  if ((EVENT_STATUSES as readonly string[]).includes(status)) return status as EventStatus;
  reader.fail(cell.column, `Status is one of ${EVENT_STATUSES.join(", ")}; “${cell.text}” is not.`);
  return "draft";
}

function readApproximate(reader: RowReader): boolean {
  const cell = reader.cell("approximate");
  if (!cell || cell.text === "") return false;
  const word = cell.text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (!FALSE_WORDS.has(word)) reader.fail(cell.column, `Approximate is yes or no; “${cell.text}” is neither.`);
  return false;
}

function readCountries(reader: RowReader): string[] {
  return reader.list("countries").flatMap(({ column, item }) => {
    const country = readCountry(item);
    if (country.ok) return [country.code];
    reader.fail(column, country.message);
    return [];
  });
}

function readSource(reader: RowReader): ImportSource[] {
  const source = {
    publisher: reader.text("source.publisher"),
    title: reader.text("source.title"),
    url: reader.text("source.url"),
    publishedOn: "",
    author: reader.text("source.author"),
    quote: reader.text("source.quote"),
  };
  const published = reader.cell("source.publishedOn");
  if (published && published.text !== "") {
    const read = readPublicationDate(published.text);
    if (read.ok) source.publishedOn = read.value;
    else reader.fail(published.column, read.message);
  }
  if (Object.values(source).every((value) => value === "") && !published?.text) return [];
  const address = webAddress(source.url);
  if (source.publisher === "" && address) source.publisher = publisherFromAddress(address);
  return [source];
}

const IMPORT_FIELD_NAMES = ["title", "slug", "summary", "body", "dateLabel", "importance", "status", "parent", "topics", "actors", "countries", "externalId"] as const;

/** The file's column for a field path of ImportValues, for the schema's messages; a zone's is the cell with the time. */
function columnNamer(reader: RowReader, zoneColumn: string | null) {
  const first = (field: ImportField, fallback?: ImportField) => reader.columnsOf(field)[0] ?? (fallback && reader.columnsOf(fallback)[0]);
  return (path: string): string => {
    const [head, , leaf] = path.split(".");
    const column =
      head === "start" ? first("start", "end")
      : head === "end" ? first("end", "start")
      : head === "approximate" ? first("approximate", "start")
      : head === "timeZone" ? (zoneColumn ?? first("start", "end"))
      : head === "sources" && leaf === "publisher" ? first("source.publisher", "source.url")
      : head === "sources" ? first(`source.${leaf}` as ImportField)
      : (IMPORT_FIELD_NAMES as readonly string[]).includes(head!) ? first(head as ImportField)
      : undefined;
    return column ?? `${path} (no column)`;
  };
}

/** The file's column for a field, for problems the database finds after reading (an unknown country, a taken slug). */
export function mappedColumnNamer(mapping: ColumnMapping): ColumnNamer {
  return columnNamer(new RowReader({}, mapping, 0), null);
}

/**
 * One CSV row through a mapping: dates with parseTypedDate, numbers and words checked per cell, then the real schema.
 * A time the date cell gives without a zone is read in `options.defaultTimeZone`, or is an error without one.
 */
export function applyMapping(cells: CsvCells, mapping: ColumnMapping, line: number, options: ImportOptions = {}): ImportRow {
  const reader = new RowReader(cells, mapping, line);
  const dates = readDateCells(reader.cell("start"), reader.cell("end"), line, options);
  reader.errors.push(...dates.errors);
  reader.warnings.push(...dates.warnings);
  const parent = reader.text("parent");
  const values: ImportValues = {
    ...emptyImportValues(),
    ...dates.values,
    title: reader.text("title"),
    slug: reader.text("slug"),
    summary: reader.text("summary"),
    body: reader.text("body"),
    approximate: dates.values.approximate || readApproximate(reader),
    dateLabel: reader.text("dateLabel") || dates.label,
    importance: readImportance(reader),
    status: readStatus(reader),
    parent: parent ? { externalIdOrSlug: parent } : null,
    topics: reader.list("topics").map(({ item }) => item),
    actors: reader.list("actors").map(({ item }) => item),
    countries: readCountries(reader),
    sources: readSource(reader),
  };
  const row: ImportRow = {
    line,
    externalId: reader.text("externalId") || null,
    values,
    lane: reader.text("lane") || null,
    errors: reader.errors,
    warnings: reader.warnings,
  };
  return finishImportRow(row, columnNamer(reader, dates.zoneColumn), dates.errors.length > 0 ? DATE_FIELDS : []);
}
