import type { NextResponse } from "next/server";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from "@/lib/import/import-limits";
import { apiError } from "./api-response";

/**
 * A file sent as the raw request body (an import): refused with 413 when its declared length is too large, and
 * read no further than the limit when it declares none, so a huge upload never sits whole in memory.
 */
export async function readUpload(request: Request): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; response: NextResponse }> {
  const tooLarge = () => ({ ok: false as const, response: apiError(413, "payload_too_large", UPLOAD_TOO_LARGE_MESSAGE) });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) return tooLarge();
  if (!request.body) return { ok: false, response: apiError(400, "empty_upload", "Send the file as the request body.") };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_UPLOAD_BYTES) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  if (size === 0) return { ok: false, response: apiError(400, "empty_upload", "The file is empty.") };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
