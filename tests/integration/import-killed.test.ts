import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { tableDigest } from "./table-digest";

async function retryWhileBusy<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt > 50 || !String(error).includes("SQLITE_BUSY")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

describe("a killed import", () => {
  it("leaves nothing behind: the process dies inside the transaction and every table is as before", async () => {
    const tag = randomUUID().slice(0, 8);
    const before = await tableDigest();
    // One process (tsx as a loader, not its CLI, which would run the import in a grandchild that outlives the kill).
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/import-child.ts", tag, "40000"], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk;
        if (output.includes("writing")) resolve();
        if (output.includes("done")) reject(new Error(`the import finished before it could be killed: ${output}`));
      });
      void exited.then(() => reject(new Error(`the child exited early: ${output}`)));
    });
    // Well inside the transaction: the rows are being written.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(output).not.toContain("done");
    // SQLite rolls the dead writer's journal back on the next access, once the OS has dropped its locks; PostgreSQL
    // ends the dead backend's transaction. Either may take a moment: retry while the database says it is busy.
    expect(await retryWhileBusy(() => tableDigest())).toEqual(before);
    expect(await db.event.count({ where: { externalId: { startsWith: `killed-${tag}-` } } })).toBe(0);
  }, 120_000);
});
