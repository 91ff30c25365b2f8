import { Readable } from "node:stream";
import type { AppServer } from "./app-server";
import { signIn } from "./measure-admin";
import { BENCH_CSV_HEADER, benchCsvLines, openWriter } from "./measure-import";

export interface ImportMemoryRun {
  rows: number;
  fileBytes: number;
  ms: number;
  /** The server's resident memory at its highest during the import, above what it was before the first import. */
  peakGrowthBytes: number;
}

export interface ImportMemoryMeasurement {
  /** The same import at a tenth of the rows, then at all of them: if memory grew with the file, the second would be ten times the first. */
  small: ImportMemoryRun;
  large: ImportMemoryRun;
  /** large ÷ small peak growth. */
  ratio: number;
}

const SAMPLE_EVERY_MS = 100;
/** The bench's CSV file, made as it is sent: the bench holds no more of it than the server should. */
function* csvChunks(count: number, tag: string, sent: { bytes: number }): Generator<Buffer> {
  const encode = (text: string) => {
    const bytes = Buffer.from(text);
    sent.bytes += bytes.byteLength;
    return bytes;
  };
  yield encode(`${BENCH_CSV_HEADER}\n`);
  for (let first = 0; first < count; first += 1_000) yield encode(benchCsvLines(tag, first, Math.min(first + 1_000, count)));
}

async function importStreamed(server: AppServer, cookie: string, count: number, databaseUrl: string, before: number): Promise<ImportMemoryRun> {
  const tag = `memory-${Date.now().toString(36)}`;
  const sent = { bytes: 0 };
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssBytes() ?? 0)), SAMPLE_EVERY_MS);
  const started = performance.now();
  let answer: { data?: { batchId: number; created: number }; error?: unknown };
  let status: number;
  try {
    const body = Readable.toWeb(Readable.from(csvChunks(count, tag, sent))) as ReadableStream<Uint8Array>;
    // As the wizard asks: progress lines, then the answer as the last one. A plain answer would come after minutes
    // of silence, past fetch's 300 s wait for headers.
    const response = await fetch(`${server.origin}/api/v1/imports?fileName=memory.csv`, { method: "POST", headers: { cookie, origin: server.origin, "content-type": "text/csv", accept: "application/x-ndjson" }, body, duplex: "half" } as RequestInit);
    const last = JSON.parse((await response.text()).trim().split("\n").at(-1)!) as { status: number; body: typeof answer };
    status = last.status;
    answer = last.body;
  } finally {
    clearInterval(sampler);
  }
  const ms = Math.round(performance.now() - started);
  peak = Math.max(peak, server.rssBytes() ?? 0);
  if (status !== 201 || answer.data?.created !== count) throw new Error(`bench import memory: ${status} ${JSON.stringify(answer.error ?? answer.data).slice(0, 400)}`);
  const writer = openWriter(databaseUrl);
  try {
    await writer.deleteEvents(`import_batch_id = ${answer.data.batchId}`);
    await writer.run("DELETE FROM import_batches WHERE id = ?", [answer.data.batchId]);
  } finally {
    await writer.close();
  }
  return { rows: count, fileBytes: sent.bytes, ms, peakGrowthBytes: peak - before };
}

/**
 * Imports a CSV file of `rows` rows through POST /api/v1/imports, sent as a stream, sampling the server's resident
 * memory every 100 ms; then the same at a tenth of the rows. The server reads and writes the file a chunk at a time,
 * so its memory should not follow the file: the ratio of the two peaks stays near 1 where it would be near 10.
 */
export async function measureImportMemory(server: AppServer, databaseUrl: string, editor: { email: string; password: string }, rows: number): Promise<ImportMemoryMeasurement> {
  if (server.rssBytes() === null) throw new Error("the server's memory cannot be read here (no /proc)");
  const cookie = await signIn(server.origin, editor);
  // One baseline for both, taken once the server has settled: the small import's memory is not all given back.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const before = server.rssBytes()!;
  const small = await importStreamed(server, cookie, Math.round(rows / 10), databaseUrl, before);
  const large = await importStreamed(server, cookie, rows, databaseUrl, before);
  return { small, large, ratio: Math.round((large.peakGrowthBytes / Math.max(1, small.peakGrowthBytes)) * 10) / 10 };
}
