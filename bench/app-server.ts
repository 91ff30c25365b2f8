import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { runCommand } from "./bench-database";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");

/** What the production build is made of: a file here newer than the build means the build is stale. */
const SOURCES = ["app", "components", "lib", "prisma", "next.config.ts", "package.json"];

function newestSourceMs(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((newest, name) => Math.max(newest, newestSourceMs(path.join(entry, name))), 0);
}

/**
 * A production build is needed for `next start`, and must be of the code being measured: build when there is none or
 * when a source file changed since (a stale build once measured the code before a change as if it were the change).
 */
export async function ensureProductionBuild(log: (line: string) => void) {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (fs.existsSync(buildId)) {
    const builtMs = fs.statSync(buildId).mtimeMs;
    if (Math.max(...SOURCES.map(newestSourceMs)) <= builtMs) return;
    log("the production build is older than the code: running next build…");
  } else {
    log("no production build: running next build…");
  }
  await runCommand(NEXT, ["build"], {});
}

export interface AppServer {
  origin: string;
  /** ms from spawning `next start` until it answered and its start-up work (the event matrix's load) was done. */
  readyMs: number;
  /** The resident memory of `next start` and every process under it, in bytes (null where /proc is not there). */
  rssBytes(): number | null;
  /** What the server has printed (stdout and stderr), the last `chars` of it. */
  output(chars: number): string;
  stop(): Promise<void>;
}

/** VmRSS of `pid` and its descendants, from /proc (Linux). */
function treeRssBytes(pid: number): number | null {
  if (!fs.existsSync("/proc/self/status")) return null;
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the parent id is the second field after it.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (candidate: number): boolean => candidate === pid || (candidate > 1 && parents.has(candidate) && inTree(parents.get(candidate)!));
  let total = 0;
  for (const candidate of parents.keys()) {
    if (!inTree(candidate)) continue;
    try {
      const kb = fs.readFileSync(`/proc/${candidate}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m)?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
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
      if (health && health.matrix !== "loading") return { origin, readyMs: Math.round(performance.now() - started), rssBytes: () => treeRssBytes(child.pid!), output: (chars) => output.slice(-chars), stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`next start was not ready on ${origin} within 180 s:\n${output.slice(-2000)}`);
}
