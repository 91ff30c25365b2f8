import { nestsDeeperThan } from "@/lib/security/json-nesting";
import { decodeUtf8 } from "./text-encoding";

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const UPLOAD_TOO_LARGE_MESSAGE = "The file is larger than 50 MB, the most Chronicle reads of a JSON file or a TimelineJS spreadsheet at once (a plain CSV file may be up to 1 GB). Split it into smaller files.";

/**
 * A CSV file is read as it arrives and written a chunk at a time, never held whole, so it may be far larger: a
 * million rows with long texts. JSON files and TimelineJS spreadsheets are read whole and keep MAX_UPLOAD_BYTES.
 */
export const MAX_STREAMED_UPLOAD_BYTES = 1024 * 1024 * 1024;
export const STREAMED_UPLOAD_TOO_LARGE_MESSAGE = "The file is larger than 1 GB, the most Chronicle imports at once. Split it into smaller files.";

export const MAX_IMPORT_ROWS = 1_000_000;
export const TOO_MANY_ROWS_MESSAGE = `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} rows, the most Chronicle imports at once. Split it into smaller files.`;

/**
 * Chronicle JSON and TimelineJS nest five levels at most (document, events, event, sources, source); anything far
 * deeper is a mistake or a JSON bomb meant to overflow the parser's stack.
 */
export const MAX_JSON_DEPTH = 32;

/** The most an upload named `fileName` may hold, as the browser checks it before sending (the server checks again). */
export function uploadLimitFor(fileName: string): { maxBytes: number; message: string } {
  return /\.(csv|tsv|txt)$/i.test(fileName) ? { maxBytes: MAX_STREAMED_UPLOAD_BYTES, message: STREAMED_UPLOAD_TOO_LARGE_MESSAGE } : { maxBytes: MAX_UPLOAD_BYTES, message: UPLOAD_TOO_LARGE_MESSAGE };
}

export function isTooLarge(input: Uint8Array | string): boolean {
  if (typeof input !== "string") return input.byteLength > MAX_UPLOAD_BYTES;
  // A character is one to three bytes in UTF-8 (four for a pair of two), so most strings need no encoding to tell.
  if (input.length > MAX_UPLOAD_BYTES) return true;
  if (input.length * 3 <= MAX_UPLOAD_BYTES) return false;
  return new TextEncoder().encode(input).byteLength > MAX_UPLOAD_BYTES;
}

export type JsonObjectResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return { line, column: position - before.lastIndexOf("\n") };
}

/** JSON.parse's message without V8's position suffix, which is restated as a line and column. */
function explainSyntaxError(text: string, error: SyntaxError): string {
  const position = error.message.match(/at position (\d+)/)?.[1];
  const reason = error.message.replace(/\s*in JSON at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  const truncated = /Unexpected end of JSON input/.test(error.message) || (position !== undefined && Number(position) >= text.trimEnd().length);
  if (truncated) {
    const { line } = lineAndColumn(text, text.length);
    return `The JSON stops before it is complete (it ends on line ${line}): the file looks cut short. Download or export it again.`;
  }
  if (position === undefined) return `The file is not valid JSON: ${reason}.`;
  const { line, column } = lineAndColumn(text, Number(position));
  return `The file is not valid JSON at line ${line}, column ${column}: ${reason}.`;
}

/**
 * Reads an uploaded JSON file whose top level must be an object, refusing with a message rather than throwing:
 * too large, not UTF-8, nested too deep (checked before parsing, so a JSON bomb never reaches the parser),
 * truncated or invalid (with the line and column), or not an object at the top.
 */
export function parseJsonObject(input: Uint8Array | string): JsonObjectResult {
  if (isTooLarge(input)) return { ok: false, message: UPLOAD_TOO_LARGE_MESSAGE };
  const decoded = typeof input === "string" ? { ok: true as const, text: input.replace(/^\uFEFF/, "") } : decodeUtf8(input);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  if (!text.trim()) return { ok: false, message: "The file is empty." };
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return { ok: false, message: `The JSON nests more than ${MAX_JSON_DEPTH} levels deep; Chronicle's and TimelineJS's files need far fewer, so this is not one of them.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, message: explainSyntaxError(text, error) };
    throw error;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const found = Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
    return { ok: false, message: `The JSON holds ${found} at the top; Chronicle reads an object with an "events" list (a Chronicle export or a TimelineJS file).` };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
