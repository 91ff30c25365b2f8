/**
 * Playwright's web server: a fresh database (named by DATABASE_URL) migrated and seeded with the
 * reference events, then `next start` on PORT. The database is dropped when the server stops.
 */
import { spawn } from "node:child_process";
import { E2E_KEEP_ALIVE_ARGS } from "../tests/support/e2e-keep-alive";
import { createDatabase, dropDatabase, seed } from "../tests/support/test-database";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL must name the end-to-end database.");

await dropDatabase(url);
await createDatabase(url);
seed(url);

const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100", ...E2E_KEEP_ALIVE_ARGS], { stdio: "inherit", env: process.env });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await dropDatabase(url).catch(() => undefined);
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  if (!stopping) process.exit(code ?? 1);
});
