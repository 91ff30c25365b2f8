import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { runCommand } from "./bench-database";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");

/** A production build is needed for `next start`; build once if there is none (delete .next to force a rebuild). */
export async function ensureProductionBuild(log: (line: string) => void) {
  if (fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  log("no production build: running next build…");
  await runCommand(NEXT, ["build"], {});
}

export interface AppServer {
  origin: string;
  /** ms from spawning `next start` until it answered and its start-up work (the event matrix's load) was done. */
  readyMs: number;
  stop(): Promise<void>;
}

/** `next start` against one bench database; resolves once it answers and the event matrix has loaded. */
export async function startAppServer(databaseUrl: string, port: number): Promise<AppServer> {
  const child: ChildProcess = spawn(NEXT, ["start", "-p", String(port)], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const origin = `http://localhost:${port}`;
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
  const started = performance.now();
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output.slice(-2000)}`);
    try {
      // Measured once the server's start-up work is done: during the matrix's load every request competes with it.
      const response = await fetch(`${origin}/api/health`);
      const health = response.ok ? ((await response.json()) as { matrix?: string }) : null;
      if (health && health.matrix !== "loading") return { origin, readyMs: Math.round(performance.now() - started), stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`next start was not ready on ${origin} within 180 s:\n${output.slice(-2000)}`);
}
