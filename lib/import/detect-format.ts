import { isTimelineJsSheet } from "./timelinejs/read-timelinejs-sheet";
import { readHeaders, detectDelimiter } from "./csv/csv-header";
import { parse } from "csv-parse/sync";

export const IMPORT_FORMATS = ["chronicle-json", "timelinejs-json", "timelinejs-sheet", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type DetectedFormat = { ok: true; format: ImportFormat } | { ok: false; message: string };

/** How many bytes from the start of a file detectFormat needs to tell; more are ignored. */
export const DETECT_FORMAT_BYTES = 64 * 1024;

const SPREADSHEET_EXTENSIONS = new Set(["xlsx", "xls", "xlsm", "ods", "numbers"]);

function extensionOf(fileName: string): string {
  const match = fileName.toLowerCase().match(/\.([a-z0-9]+)$/);
  return match?.[1] ?? "";
}

/** Files that are not text at all, by their first bytes. */
function binaryKind(bytes: Uint8Array): string | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "a spreadsheet workbook or another zip file";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "an old Excel (.xls) workbook";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "a PDF";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "UTF-16 text";
  if (bytes.subarray(0, 1024).includes(0)) return "a binary file";
  return null;
}

function jsonFormat(text: string): DetectedFormat {
  const format = text.match(/"format"\s*:\s*"((?:[^"\\]|\\.)*)"/)?.[1];
  if (format === "chronicle") return { ok: true, format: "chronicle-json" };
  if (format !== undefined) return { ok: false, message: `This JSON file says its format is “${format}”; Chronicle reads Chronicle JSON ("format": "chronicle") and TimelineJS files.` };
  if (/"(events|start_date|eras)"\s*:/.test(text)) return { ok: true, format: "timelinejs-json" };
  return { ok: false, message: 'This JSON file is neither Chronicle JSON (it would say "format": "chronicle") nor a TimelineJS file (an "events" list with start_date).' };
}

function sheetFormat(text: string): DetectedFormat {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  let headers: string[];
  try {
    headers = (parse(firstLine, { delimiter: detectDelimiter(firstLine), relax_quotes: true, to: 1 }) as string[][])[0] ?? [];
  } catch {
    return { ok: false, message: "The first line of the file is not a row of CSV column names." };
  }
  const read = readHeaders(headers);
  if (!read.ok) return read;
  return { ok: true, format: isTimelineJsSheet(read.headers) ? "timelinejs-sheet" : "csv" };
}

/**
 * Which reader a file needs, from its name and first bytes (DETECT_FORMAT_BYTES are plenty), or why none can
 * read it: empty, a workbook or other binary, not UTF-8, JSON of another kind.
 */
export function detectFormat(fileName: string, firstBytes: Uint8Array): DetectedFormat {
  const extension = extensionOf(fileName);
  if (firstBytes.length === 0) return { ok: false, message: "The file is empty." };
  const binary = binaryKind(firstBytes);
  if (binary || SPREADSHEET_EXTENSIONS.has(extension)) {
    const what = binary ?? "a spreadsheet workbook";
    return { ok: false, message: `This is ${what}, not CSV or JSON. Export or save it as CSV (UTF-8), or as JSON, and upload that.` };
  }
  let text: string;
  try {
    // stream: the first bytes may end inside a character; only invalid bytes before that are refused.
    text = new TextDecoder("utf-8", { fatal: true }).decode(firstBytes.subarray(0, DETECT_FORMAT_BYTES), { stream: true });
  } catch {
    return { ok: false, message: "The file is not UTF-8 text. Save it as UTF-8 (in Excel: “CSV UTF-8”) and upload it again." };
  }
  const start = text.trimStart();
  if (!start) return { ok: false, message: "The file is empty." };
  if (start.startsWith("{")) return jsonFormat(start);
  if (start.startsWith("[")) return { ok: false, message: "This JSON file holds a list at the top; Chronicle reads an object with an \"events\" list (Chronicle JSON or TimelineJS)." };
  if (extension === "json") return { ok: false, message: "The file is named .json but does not hold a JSON object." };
  if (start.startsWith("<")) return { ok: false, message: "This looks like HTML or XML, not CSV or JSON." };
  return sheetFormat(start);
}
