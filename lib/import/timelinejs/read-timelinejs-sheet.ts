import { headerKey } from "../csv/csv-header";
import type { CsvRow, CsvTable } from "../csv/read-csv";
import { htmlToMarkdown, htmlToPlainText } from "../html-to-markdown";
import type { CellError, ImportOptions, ImportRow } from "../import-row";
import { webAddress } from "../web-address";
import { readSheetTime, readTimelineDate, type TimelineDateRead } from "./timelinejs-date";
import { readEra } from "./timeline-era";
import { slideToImportRow, type TimelineEra, type TimelineImport, type TimelineTitle } from "./timeline-slide";

/** The columns of TimelineJS's Google Sheets template. */
export const TIMELINE_SHEET_COLUMNS = [
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text",
  "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Alt Text", "Type", "Group", "Background",
] as const;

type SheetColumn = (typeof TIMELINE_SHEET_COLUMNS)[number];

/** Each template column, by the file's own header for it (case and spaces as the file has them). */
export type SheetColumns = Record<SheetColumn, string>;

/** The template's headers, matched without regard to case or spaces: its year and headline, and one more of its own. */
export function isTimelineJsSheet(headers: string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  const distinctive = ["endyear", "displaydate", "mediacredit", "mediacaption", "mediathumbnail", "alttext"];
  return keys.has("year") && keys.has("headline") && distinctive.some((key) => keys.has(key));
}

export function sheetColumns(headers: string[]): SheetColumns {
  const byKey = new Map(headers.map((header) => [headerKey(header), header]));
  return Object.fromEntries(TIMELINE_SHEET_COLUMNS.map((name) => [name, byKey.get(headerKey(name)) ?? name])) as SheetColumns;
}

export type TimelineSheetItem =
  | { kind: "event"; row: ImportRow }
  | { kind: "title"; line: number; title: TimelineTitle }
  | { kind: "era"; era: TimelineEra; errors: CellError[] };

function readSheetDate(row: CsvRow, columns: SheetColumns, side: "start" | "end"): TimelineDateRead | null {
  const cell = (name: SheetColumn) => (Object.hasOwn(row.cells, columns[name]) ? row.cells[columns[name]]! : "");
  const names = side === "start" ? (["Year", "Month", "Day", "Time"] as const) : (["End Year", "End Month", "End Day", "End Time"] as const);
  const [yearName, monthName, dayName, timeName] = names;
  if (names.every((name) => cell(name).trim() === "")) return null;
  const dateColumns = { year: columns[yearName], month: columns[monthName], day: columns[dayName], time: columns[timeName] };
  const time = readSheetTime(cell(timeName), dateColumns.time);
  if (!time.ok) return { ok: false, errors: [time.error] };
  return readTimelineDate({ year: cell(yearName), month: cell(monthName), day: cell(dayName), ...time.parts }, dateColumns);
}

/**
 * One spreadsheet row as what it is: an event, the title slide (Type "title") or an era (Type "era"). An event's
 * times are read in `options.defaultTimeZone`, and are errors without one.
 */
export function readTimelineSheetRow(row: CsvRow, columns: SheetColumns, options: ImportOptions = {}): TimelineSheetItem {
  const cell = (name: SheetColumn) => (Object.hasOwn(row.cells, columns[name]) ? row.cells[columns[name]]! : "");
  const type = cell("Type").trim().toLowerCase();
  if (type === "title") return { kind: "title", line: row.line, title: { headline: htmlToPlainText(cell("Headline")), text: htmlToMarkdown(cell("Text")) } };
  const start = readSheetDate(row, columns, "start");
  const end = readSheetDate(row, columns, "end");
  if (type === "era") {
    const { era, errors } = readEra(row.line, { start, end }, cell("Headline"), { start: columns.Year });
    return { kind: "era", era, errors: [...row.errors, ...errors] };
  }
  const background = webAddress(cell("Background")) ?? "";
  const slide = {
    line: row.line,
    start,
    end,
    headline: cell("Headline"),
    text: cell("Text"),
    displayDate: cell("Display Date"),
    media: { url: cell("Media"), caption: cell("Media Caption"), credit: cell("Media Credit"), alt: cell("Alt Text") },
    group: cell("Group"),
    uniqueId: "",
    backgroundUrl: background,
  };
  const slideColumns = {
    start: columns.Year,
    end: columns["End Year"],
    startTime: columns.Time,
    endTime: columns["End Time"],
    headline: columns.Headline,
    text: columns.Text,
    displayDate: columns["Display Date"],
    media: columns.Media,
    mediaCaption: columns["Media Caption"],
    mediaCredit: columns["Media Credit"],
  };
  return { kind: "event", row: slideToImportRow(slide, slideColumns, row.errors, options) };
}

/** Gathers a sheet's rows into a TimelineImport; the first title row is the title slide, a second is an error. */
export function collectTimelineSheet(items: Iterable<TimelineSheetItem>): TimelineImport {
  const result: TimelineImport = { title: null, eras: [], rows: [], errors: [] };
  for (const item of items) {
    if (item.kind === "event") result.rows.push(item.row);
    else if (item.kind === "era") {
      result.eras.push(item.era);
      result.errors.push(...item.errors);
    } else if (result.title) {
      result.errors.push({ line: item.line, column: "Type", message: "A second title slide; a timeline has one, and the first is kept." });
    } else result.title = item.title;
  }
  return result;
}

export function readTimelineJsSheet(table: CsvTable, options: ImportOptions = {}): TimelineImport {
  const columns = sheetColumns(table.headers);
  return collectTimelineSheet(table.rows.map((row) => readTimelineSheetRow(row, columns, options)));
}
