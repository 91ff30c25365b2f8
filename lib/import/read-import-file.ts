import { readChronicleJson } from "./chronicle-json/read-chronicle-json";
import type { ColumnMapping } from "./csv/column-mapping";
import { readCsv } from "./csv/read-csv";
import { mappedColumnNamer } from "./csv/apply-mapping";
import { readCsvImport } from "./csv/read-csv-import";
import { detectFormat } from "./detect-format";
import type { ImportOptions, ImportRow } from "./import-row";
import { isTooLarge, parseJsonObject, UPLOAD_TOO_LARGE_MESSAGE } from "./import-limits";
import { readTimelineJsJson } from "./timelinejs/read-timelinejs-json";
import type { ColumnNamer } from "./validate-import-row";
import type { TimelineImport } from "./timelinejs/timeline-slide";

export type ImportFileResult =
  | { ok: true; format: "chronicle-json"; exportedAt: string | null; rows: ImportRow[] }
  | ({ ok: true; format: "timelinejs-json" | "timelinejs-sheet" } & TimelineImport)
  /** columnOf: the file's column for a field, for problems found once the file is read. */
  | { ok: true; format: "csv"; headers: string[]; mapping: ColumnMapping; problems: string[]; rows: ImportRow[]; columnOf: ColumnNamer }
  | { ok: false; message: string };

/**
 * A whole uploaded file, held in memory (at most MAX_UPLOAD_BYTES), read by the reader its format needs. A CSV
 * goes through `mapping` when given; a TimelineJS spreadsheet is then read as a plain CSV with that mapping. Times of
 * day a file gives without a zone (every TimelineJS time) are read in `options.defaultTimeZone`, or are errors on
 * their rows without one (see needsDefaultTimeZone). Chronicle JSON always names its zone.
 */
export function readImportFile(fileName: string, bytes: Uint8Array, mapping?: ColumnMapping, options: ImportOptions = {}): ImportFileResult {
  if (isTooLarge(bytes)) return { ok: false, message: UPLOAD_TOO_LARGE_MESSAGE };
  const detected = detectFormat(fileName, bytes);
  if (!detected.ok) return detected;
  const { format } = detected;
  if (format === "chronicle-json" || format === "timelinejs-json") {
    const json = parseJsonObject(bytes);
    if (!json.ok) return json;
    if (format === "chronicle-json") {
      const read = readChronicleJson(json.value);
      return read.ok ? { format, ...read } : read;
    }
    const timeline = readTimelineJsJson(json.value, options);
    return timeline.ok ? { format, ...timeline } : timeline;
  }
  const table = readCsv(bytes);
  if (!table.ok) return table;
  const read = readCsvImport(table, mapping, options);
  return read.kind === "csv"
    ? { ok: true, format: "csv", headers: read.headers, mapping: read.mapping, problems: read.problems, rows: read.rows, columnOf: mappedColumnNamer(read.mapping) }
    : { ok: true, format: "timelinejs-sheet", title: read.title, eras: read.eras, rows: read.rows, errors: read.errors };
}
