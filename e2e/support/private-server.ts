import { spawn } from "node:child_process";
import { E2E_KEEP_ALIVE_ARGS } from "../../tests/support/e2e-keep-alive";

export interface PrivateServer {
  baseURL: string;
  /** Everything the server printed so far, stdout and stderr. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * A second `next start` of the same build on the end-to-end database, for a spec that needs its own
 * environment (rate limits on) or must read the server's log. `offset` keeps spec files on separate ports.
 */
export async function startPrivateServer(offset: number, env: Record<string, string> = {}): Promise<PrivateServer> {
  const port = Number(process.env.CHRONICLE_E2E_PORT ?? 3100) + offset;
  const baseURL = `http://localhost:${port}`;
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("CHRONICLE_")));
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), ...E2E_KEEP_ALIVE_ARGS], {
    env: { ...inherited, NODE_ENV: "production", DATABASE_URL: process.env.CHRONICLE_E2E_DATABASE_URL, CHRONICLE_DATA_DIR: ".data/test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));

  for (const deadline = Date.now() + 30_000; ; ) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    const healthy = await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`next start on ${port} did not answer:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseURL,
    log: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
