import { readdirSync } from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { spoolUpload } from "./spool-upload";

async function* chunksOf(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

const spoolDirectories = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith("chronicle-import-"));

describe("spoolUpload", () => {
  it("gives back every byte of the upload from disk and tells how far it has been read, with nothing left in the temporary directory meanwhile", async () => {
    const before = spoolDirectories();
    const spooled = await spoolUpload(chunksOf("Title,Date\n", "Élysée,2025\n", "Paris,2025-07"), 1_000);
    if (!spooled.ok) throw new Error("expected the upload to be kept");
    // Deleted once open: a server killed now (mid-import) leaves nothing behind.
    expect(spoolDirectories()).toEqual(before);
    expect(spooled.file.size).toBe(38);
    expect(spooled.file.read()).toBe(0);
    const parts: Uint8Array[] = [];
    for await (const chunk of spooled.file.chunks()) parts.push(chunk);
    expect(Buffer.concat(parts).toString("utf8")).toBe("Title,Date\nÉlysée,2025\nParis,2025-07");
    expect(spooled.file.read()).toBe(1);
    await spooled.file.dispose();
    expect(spoolDirectories()).toEqual(before);
  });

  it("reads a file larger than one read back whole, in order", async () => {
    const line = "0123456789abcdef".repeat(4096);
    const spooled = await spoolUpload(chunksOf(...Array.from({ length: 20 }, (_, i) => `${i}:${line}\n`)), 10_000_000);
    if (!spooled.ok) throw new Error("expected the upload to be kept");
    const parts: Uint8Array[] = [];
    for await (const chunk of spooled.file.chunks()) parts.push(chunk);
    expect(parts.length).toBeGreaterThan(1);
    expect(Buffer.concat(parts).toString("utf8")).toBe(Array.from({ length: 20 }, (_, i) => `${i}:${line}\n`).join(""));
    await spooled.file.dispose();
  });

  it("stops past the limit and keeps nothing", async () => {
    const before = spoolDirectories();
    expect(await spoolUpload(chunksOf("12345", "67890", "x"), 10)).toEqual({ ok: false });
    expect(spoolDirectories()).toEqual(before);
  });
});
