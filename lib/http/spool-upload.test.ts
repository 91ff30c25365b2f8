import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { spoolUpload } from "./spool-upload";

async function* chunksOf(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

const spoolDirectories = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith("chronicle-import-"));

describe("spoolUpload", () => {
  it("gives back every byte of the upload from disk, tells how far it has been read, and deletes it when done", async () => {
    const before = spoolDirectories();
    const spooled = await spoolUpload(chunksOf("Title,Date\n", "Élysée,2025\n", "Paris,2025-07"), 1_000);
    if (!spooled.ok) throw new Error("expected the upload to be kept");
    expect(spooled.file.size).toBe(38);
    expect(spooled.file.read()).toBe(0);
    const parts: Uint8Array[] = [];
    for await (const chunk of spooled.file.chunks()) parts.push(chunk);
    expect(Buffer.concat(parts).toString("utf8")).toBe("Title,Date\nÉlysée,2025\nParis,2025-07");
    expect(spooled.file.read()).toBe(1);
    const added = spoolDirectories().filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    await spooled.file.dispose();
    expect(existsSync(`${os.tmpdir()}/${added[0]}`)).toBe(false);
  });

  it("stops past the limit and keeps nothing", async () => {
    const before = spoolDirectories();
    expect(await spoolUpload(chunksOf("12345", "67890", "x"), 10)).toEqual({ ok: false });
    expect(spoolDirectories()).toEqual(before);
  });
});
