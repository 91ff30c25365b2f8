import { mkdtemp, open, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** An upload copied to a temporary file: read it back as chunks, see how far, and let it go. */
export interface SpooledFile {
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
  /** How much of the file chunks() has given (0–1). */
  read(): number;
  dispose(): Promise<void>;
}

/** How much of the file one read gives. */
const READ_BYTES = 256 * 1024;

/**
 * Copies an upload to a file of its own in the system's temporary directory as it arrives, so that a file of any
 * size up to `maxBytes` is held on disk rather than in memory; past `maxBytes` the copy stops and is let go.
 *
 * The file is deleted as soon as it is open, and written and read through that one handle: the system keeps its
 * bytes until the handle closes, so a server killed mid-import (or its machine) leaves nothing in the temporary
 * directory. Where an open file cannot be deleted (Windows), it is deleted when disposed.
 */
export async function spoolUpload(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ ok: true; file: SpooledFile } | { ok: false }> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "chronicle-import-"));
  const removeDirectory = () => rm(directory, { recursive: true, force: true });
  const handle = await open(path.join(directory, "upload"), "w+").catch(async (error: unknown) => {
    await removeDirectory();
    throw error;
  });
  const removed = await removeDirectory().then(
    () => true,
    () => false,
  );
  const dispose = async () => {
    await handle.close().catch(() => undefined);
    if (!removed) await removeDirectory();
  };
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        await dispose();
        return { ok: false };
      }
      await handle.write(chunk, 0, chunk.byteLength, size - chunk.byteLength);
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  let given = 0;
  return {
    ok: true,
    file: {
      size,
      async *chunks() {
        while (given < size) {
          const buffer = Buffer.alloc(Math.min(READ_BYTES, size - given));
          const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, given);
          if (bytesRead === 0) throw new Error("The spooled upload ended early.");
          given += bytesRead;
          yield buffer.subarray(0, bytesRead);
        }
      },
      read: () => (size === 0 ? 1 : given / size),
      dispose,
    },
  };
}
