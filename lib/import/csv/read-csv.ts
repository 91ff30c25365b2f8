import { CsvError, parse, type Options } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { Readable, pipeline } from "node:stream";
import type { CellError } from "../import-row";
import { isTooLarge, MAX_IMPORT_ROWS, MAX_UPLOAD_BYTES, TOO_MANY_ROWS_MESSAGE, UPLOAD_TOO_LARGE_MESSAGE } from "../import-limits";
import { createUtf8ChunkDecoder, decodeUtf8, ImportFileError } from "../text-encoding";
import { detectDelimiter, readHeaders } from "./csv-header";

/** One row of a CSV file: its cells by header, and what is wrong with the row as a whole (ragged rows). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
  errors: CellError[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

export type CsvReadResult = ({ ok: true } & CsvTable) | { ok: false; message: string };

export const EMPTY_FILE_MESSAGE = "The file is empty.";
export const NO_ROWS_MESSAGE = "The file has a header row but no rows under it.";

/** A record longer than this is a quote that was never closed swallowing the file, not an event. */
const MAX_RECORD_CHARACTERS = 1_000_000;

function parseOptions(delimiter: string): Options {
  // Blank lines are kept as records so that `info.records` is the row number a spreadsheet shows.
  return { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, max_record_size: MAX_RECORD_CHARACTERS };
}

interface ParsedRecord {
  record: string[];
  info: { records: number };
}

function explainCsvError(error: CsvError): string {
  // `records` counts the rows read whole before the failing one; the header is row 1, as in a spreadsheet.
  const row = typeof error.records === "number" ? ` on row ${error.records + 1}` : "";
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return `A quoted cell${row} is never closed: the file ends inside it. Check for a stray double quote (").`;
    case "CSV_MAX_RECORD_SIZE":
      return `The row${row} is longer than ${MAX_RECORD_CHARACTERS.toLocaleString("en-GB")} characters; usually a double quote (") opens a cell that never closes.`;
    default:
      return `The file is not CSV Chronicle can read${row}: ${error.message}`;
  }
}

/** Null for a blank row (every cell empty), which is skipped but still counted. */
function toCsvRow(record: string[], line: number, headers: string[], width: number): CsvRow | null {
  if (record.every((cell) => cell.trim() === "")) return null;
  const errors: CellError[] = [];
  if (record.length < headers.length) {
    const missing = headers[record.length]!;
    errors.push({
      line,
      column: missing,
      message: `This row ends after ${record.length} cells, but the header has ${headers.length} columns, so “${missing}” and any after it are missing. Check for a missing separator.`,
    });
  } else if (record.length > width && record.slice(width).some((cell) => cell.trim() !== "")) {
    errors.push({
      line,
      column: `column ${width + 1}`,
      message: `This row has ${record.length} cells, but the header has ${width} columns. Check for a separator inside a cell that is not quoted.`,
    });
  }
  const cells = Object.fromEntries(headers.map((header, index) => [header, record[index] ?? ""]));
  return { line, cells, errors };
}

/** Reads a whole CSV file held in memory. Use openCsvStream for a file that should not be. */
export function readCsv(input: Uint8Array | string): CsvReadResult {
  if (isTooLarge(input)) return { ok: false, message: UPLOAD_TOO_LARGE_MESSAGE };
  const decoded = typeof input === "string" ? { ok: true as const, text: input.replace(/^\uFEFF/, "") } : decodeUtf8(input);
  if (!decoded.ok) return decoded;
  if (!decoded.text.trim()) return { ok: false, message: EMPTY_FILE_MESSAGE };
  let records: ParsedRecord[];
  try {
    // One record past the limit is enough to know the file is over it. csv-parse's types do not model `info: true`.
    records = parseSync(decoded.text, { ...parseOptions(detectDelimiter(decoded.text)), to: MAX_IMPORT_ROWS + 2 }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, message: explainCsvError(error) };
    throw error;
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, message: EMPTY_FILE_MESSAGE };
  const header = readHeaders(head.record);
  if (!header.ok) return header;
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, message: TOO_MANY_ROWS_MESSAGE };
  const rows = body
    .map(({ record, info }) => toCsvRow(record, info.records, header.headers, head.record.length))
    .filter((row): row is CsvRow => row !== null);
  if (rows.length === 0) return { ok: false, message: NO_ROWS_MESSAGE };
  return { ok: true, headers: header.headers, rows };
}

export interface CsvStream {
  headers: string[];
  /** Throws an ImportFileError when the file goes wrong after its header: bad UTF-8, too large, too many rows. */
  rows: AsyncGenerator<CsvRow, void, undefined>;
}

export type CsvStreamResult = ({ ok: true } & CsvStream) | { ok: false; message: string };

/** How much a streamed file may hold, and what to say when it holds more. */
export interface StreamLimit {
  maxBytes: number;
  message: string;
}

const WHOLE_FILE_LIMIT: StreamLimit = { maxBytes: MAX_UPLOAD_BYTES, message: UPLOAD_TOO_LARGE_MESSAGE };

async function* decodeChunks(source: AsyncIterable<Uint8Array | string>, limit: StreamLimit): AsyncGenerator<string> {
  const decoder = createUtf8ChunkDecoder();
  const encoder = new TextEncoder();
  let bytes = 0;
  for await (const chunk of source) {
    const data = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    bytes += data.byteLength;
    if (bytes > limit.maxBytes) throw new ImportFileError(limit.message);
    const text = decoder.decode(data);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The text chunks again, after reading ahead far enough to see the end of the header line (or of the file). */
async function peekFirstLine(texts: AsyncGenerator<string>): Promise<{ start: string; texts: AsyncGenerator<string> }> {
  let start = "";
  while (!/[\r\n]/.test(start)) {
    const next = await texts.next();
    if (next.done) break;
    start += next.value;
  }
  async function* all() {
    if (start) yield start;
    yield* texts;
  }
  return { start, texts: all() };
}

function parseRecords(texts: AsyncIterable<string>, delimiter: string): AsyncIterable<ParsedRecord> {
  const parser = parse(parseOptions(delimiter));
  // pipeline destroys both streams when either fails or the reader stops early, so the upload is released too.
  pipeline(Readable.from(texts), parser, () => {});
  return parser;
}

function toFileError(error: unknown): unknown {
  return error instanceof CsvError ? new ImportFileError(explainCsvError(error)) : error;
}

/**
 * Reads a CSV file chunk by chunk (a Node Readable of Buffers is such a source), so that a file of a million rows
 * never sits whole in memory: the header is read at once, and the rows as the caller iterates them.
 */
export async function openCsvStream(source: AsyncIterable<Uint8Array | string>, limit: StreamLimit = WHOLE_FILE_LIMIT): Promise<CsvStreamResult> {
  let records: AsyncIterator<ParsedRecord>;
  let head: IteratorResult<ParsedRecord>;
  try {
    const { start, texts } = await peekFirstLine(decodeChunks(source, limit));
    if (!start.trim()) return { ok: false, message: EMPTY_FILE_MESSAGE };
    records = parseRecords(texts, detectDelimiter(start))[Symbol.asyncIterator]();
    head = await records.next();
  } catch (error) {
    const failure = toFileError(error);
    if (failure instanceof ImportFileError) return { ok: false, message: failure.message };
    throw failure;
  }
  if (head.done) return { ok: false, message: EMPTY_FILE_MESSAGE };
  const header = readHeaders(head.value.record);
  if (!header.ok) {
    await records.return?.();
    return header;
  }
  return { ok: true, headers: header.headers, rows: streamRows(records, header.headers, head.value.record.length) };
}

async function* streamRows(records: AsyncIterator<ParsedRecord>, headers: string[], width: number): AsyncGenerator<CsvRow, void, undefined> {
  let count = 0;
  try {
    for (;;) {
      const next = await records.next();
      if (next.done) break;
      const row = toCsvRow(next.value.record, next.value.info.records, headers, width);
      if (!row) continue;
      if (++count > MAX_IMPORT_ROWS) throw new ImportFileError(TOO_MANY_ROWS_MESSAGE);
      yield row;
    }
  } catch (error) {
    throw toFileError(error);
  } finally {
    await records.return?.();
  }
  if (count === 0) throw new ImportFileError(NO_ROWS_MESSAGE);
}
