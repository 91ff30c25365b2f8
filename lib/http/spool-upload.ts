import { createReadStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** An upload copied to a temporary file: read it back as chunks, see how far, and delete it. */
export interface SpooledFile {
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
  /** How much of the file chunks() has given (0–1). */
  read(): number;
  dispose(): Promise<void>;
}

/**
 * Copies an upload to a file of its own in the system's temporary directory as it arrives, so that a file of any
 * size up to `maxBytes` is held on disk rather than in memory; past `maxBytes` the copy stops and is deleted.
 */
export async function spoolUpload(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ ok: true; file: SpooledFile } | { ok: false }> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "chronicle-import-"));
  const filePath = path.join(directory, "upload");
  const dispose = () => rm(directory, { recursive: true, force: true });
  let size = 0;
  const handle = await open(filePath, "w");
  try {
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        await handle.close();
        await dispose();
        return { ok: false };
      }
      await handle.write(chunk);
    }
  } catch (error) {
    await handle.close();
    await dispose();
    throw error;
  }
  await handle.close();
  let given = 0;
  return {
    ok: true,
    file: {
      size,
      async *chunks() {
        for await (const chunk of createReadStream(filePath, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
          given += chunk.byteLength;
          yield chunk;
        }
      },
      read: () => (size === 0 ? 1 : given / size),
      dispose,
    },
  };
}
