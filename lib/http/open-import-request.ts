import type { NextResponse } from "next/server";
import { getViewerFromHeaders } from "@/lib/auth/get-viewer";
import { checkEditor } from "@/lib/actions/events/check-editor";
import { laneAsTopic, prepareImport, type ImportFileAbout, type PreparedImport } from "@/lib/actions/import/prepare-import";
import type { Viewer } from "@/lib/domain/viewer";
import { mappedColumnNamer } from "@/lib/import/csv/apply-mapping";
import { openCsvStream } from "@/lib/import/csv/read-csv";
import { openCsvImport } from "@/lib/import/csv/read-csv-import";
import { DETECT_FORMAT_BYTES, detectFormat } from "@/lib/import/detect-format";
import type { ImportRow } from "@/lib/import/import-row";
import { MAX_STREAMED_UPLOAD_BYTES, MAX_UPLOAD_BYTES, STREAMED_UPLOAD_TOO_LARGE_MESSAGE, UPLOAD_TOO_LARGE_MESSAGE } from "@/lib/import/import-limits";
import { apiError, fromActionResult, invalidParams } from "./api-response";
import { rejectCrossSite } from "./check-same-origin";
import { parseImportParams, type ImportParams } from "./import-params";
import { spoolUpload } from "./spool-upload";

/** A CSV file being read as it arrives: never held whole, however large (up to MAX_STREAMED_UPLOAD_BYTES). */
export interface StreamedImport {
  /** The file as a whole: its headers, the mapping given or suggested and its problems (when any, no row is read). */
  about: ImportFileAbout;
  rows: AsyncGenerator<ImportRow, void, undefined>;
  columnOf: (field: string) => string;
  /** How much of the file has been read (0–1), when its size is known. */
  fileRead?: () => number;
  /** Lets go of the file (its copy on disk, if it was spooled); call once done with the rows. */
  dispose(): Promise<void>;
}

/** How the rows of a CSV upload are read: straight from the request, or from a copy on disk once it is all in. */
export interface OpenImportOptions {
  /**
   * Spool the upload to a temporary file before reading any row. The commit does: its transaction holds SQLite's
   * write lock from the first row to the last, which must not last as long as a slow upload. The preview, which
   * writes nothing, reads the rows as they arrive.
   */
  spool?: boolean;
}

export type OpenedImport =
  | { ok: true; viewer: Viewer; params: ImportParams; kind: "whole"; prepared: Extract<PreparedImport, { ok: true }> }
  | { ok: true; viewer: Viewer; params: ImportParams; kind: "stream"; stream: StreamedImport }
  | { ok: false; response: NextResponse };

const tooLarge = (message: string) => ({ ok: false as const, response: apiError(413, "payload_too_large", message) });
const unreadable = (message: string) => ({ ok: false as const, response: apiError(400, "unreadable_file", message) });

/** The request body as chunks, counting the bytes read; the first chunks can be looked at before the rest is read. */
class UploadReader {
  bytesRead = 0;
  private readonly peeked: Uint8Array[] = [];
  private done = false;

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  /** Reads until `bytes` are in (or the body ends), and gives them, still to be read again by chunks(). */
  async peek(bytes: number): Promise<Uint8Array> {
    while (this.bytesRead < bytes && !this.done) {
      const next = await this.reader.read();
      if (next.done) this.done = true;
      else {
        this.peeked.push(next.value);
        this.bytesRead += next.value.byteLength;
      }
    }
    return concat(this.peeked, this.bytesRead);
  }

  async *chunks(): AsyncGenerator<Uint8Array, void, undefined> {
    try {
      yield* this.peeked.splice(0);
      while (!this.done) {
        const next = await this.reader.read();
        if (next.done) return;
        this.bytesRead += next.value.byteLength;
        yield next.value;
      }
    } finally {
      // Stopped early (a failure, or the reader stopped): the rest of the upload is not wanted.
      if (!this.done) await this.cancel();
    }
  }

  /** Reads the whole body, or stops and gives null past `maxBytes`. */
  async whole(maxBytes: number): Promise<Uint8Array | null> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of this.chunks()) {
      if (this.bytesRead > maxBytes) return null;
      chunks.push(chunk);
    }
    return concat(chunks, chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  }

  async cancel(): Promise<void> {
    this.done = true;
    await this.reader.cancel().catch(() => undefined);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * The first steps of both import routes (preview and commit): refuse cross-site requests and non-editors, read the
 * parameters, and open the uploaded file. A plain CSV file is read as it arrives (its rows streamed to the caller);
 * JSON files and TimelineJS spreadsheets are read whole, up to MAX_UPLOAD_BYTES. Each refusal is the HTTP answer.
 * The routes are outside proxy.ts, which would hold every request body in memory (see its matcher).
 */
export async function openImportRequest(request: Request, options: OpenImportOptions = {}): Promise<OpenedImport> {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return { ok: false, response: crossSite };
  const viewer = await getViewerFromHeaders(request.headers);
  const denied = checkEditor(viewer, "import events");
  if (denied) return { ok: false, response: fromActionResult(denied) };
  const params = parseImportParams(new URL(request.url));
  if (!params.ok) return { ok: false, response: invalidParams(params.errors) };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_STREAMED_UPLOAD_BYTES) return tooLarge(STREAMED_UPLOAD_TOO_LARGE_MESSAGE);
  if (!request.body) return { ok: false, response: apiError(400, "empty_upload", "Send the file as the request body.") };

  const upload = new UploadReader(request.body.getReader());
  const start = await upload.peek(DETECT_FORMAT_BYTES);
  if (start.byteLength === 0) return { ok: false, response: apiError(400, "empty_upload", "The file is empty.") };
  const { fileName, mapping, defaultTimeZone } = params.value;
  const detected = detectFormat(fileName, start);
  if (!detected.ok) {
    await upload.cancel();
    return unreadable(detected.message);
  }
  // A TimelineJS spreadsheet is read as one unless the editor mapped its columns: then it is a plain CSV file.
  if (detected.format === "csv" || (detected.format === "timelinejs-sheet" && mapping)) {
    let source: AsyncIterable<Uint8Array> = upload.chunks();
    let fileRead = declared > 0 ? () => Math.min(1, upload.bytesRead / declared) : undefined;
    let dispose: () => Promise<void> = async () => undefined;
    if (options.spool) {
      const spooled = await spoolUpload(upload.chunks(), MAX_STREAMED_UPLOAD_BYTES);
      if (!spooled.ok) return tooLarge(STREAMED_UPLOAD_TOO_LARGE_MESSAGE);
      source = spooled.file.chunks();
      fileRead = spooled.file.read;
      dispose = spooled.file.dispose;
    }
    const csv = await openCsvStream(source, { maxBytes: MAX_STREAMED_UPLOAD_BYTES, message: STREAMED_UPLOAD_TOO_LARGE_MESSAGE });
    if (!csv.ok) {
      await dispose();
      return unreadable(csv.message);
    }
    const opened = openCsvImport(csv, mapping, { defaultTimeZone: defaultTimeZone ?? null });
    async function* rows() {
      for await (const row of opened.rows) yield laneAsTopic(row);
    }
    const stream: StreamedImport = {
      about: { format: "csv", fileName, headers: opened.headers, mapping: opened.mapping, mappingProblems: opened.problems, fileErrors: [], title: null, eras: [] },
      rows: rows(),
      columnOf: mappedColumnNamer(opened.mapping),
      ...(fileRead && { fileRead }),
      dispose,
    };
    return { ok: true, viewer, params: params.value, kind: "stream", stream };
  }
  if (declared > MAX_UPLOAD_BYTES) {
    await upload.cancel();
    return tooLarge(UPLOAD_TOO_LARGE_MESSAGE);
  }
  const bytes = await upload.whole(MAX_UPLOAD_BYTES);
  if (!bytes) return tooLarge(UPLOAD_TOO_LARGE_MESSAGE);
  const prepared = prepareImport(fileName, bytes, params.value);
  if (!prepared.ok) return unreadable(prepared.message);
  return { ok: true, viewer, params: params.value, kind: "whole", prepared };
}
