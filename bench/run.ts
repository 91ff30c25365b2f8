/**
 * npm run bench [-- --sizes 10000,100000,1000000] [--db sqlite|postgres|both] [--only queries,http,browser] [--smoke] [--seed 42] [--port 3214]
 * Builds (or reuses) one database per kind and size, measures the app against raw SQL, HTTP throughput and the
 * timeline in Chromium, and writes bench/results/<timestamp>.{json,md}. Exits non-zero when a measurement
 * fails or app and raw SQL disagree on a result; never because something was slow.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseBenchArgs, type DbKind } from "./bench-args";
import { benchDatabaseUrl, prepareBenchDatabase, runCommand } from "./bench-database";
import { ensureProductionBuild, startAppServer } from "./app-server";
import { measureDisk } from "./disk-usage";
import { measureHttp } from "./measure-http";
import { measureBrowser, INTERACTIVE_DEFINITION } from "./measure-browser";
import { measureAdmin } from "./measure-admin";
import { IMPORT_RUNS, measureImport } from "./measure-import";
import { measureImportMemory } from "./measure-import-memory";

/** The issue's target: 100,000 CSV rows in under 30 s, revisions and derived counts included. */
const IMPORT_ROWS = 100_000;
/** The file of the issue's memory target: a million rows (about 120 MB of CSV). */
const IMPORT_MEMORY_ROWS = 1_000_000;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
import { renderReport, type SizeRun } from "./report";

const ROOT = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(line);

function describeMachine() {
  const cpu = os.cpus()[0]?.model ?? "unknown";
  return { cpu, cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}`, loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 10) / 10) };
}

async function measureQueries(url: string, args: ReturnType<typeof parseBenchArgs>) {
  const out = path.join(os.tmpdir(), `chronicle-bench-${process.pid}-${Date.now()}.json`);
  // Its own process: the data-access layer binds to DATABASE_URL when first imported.
  await runCommand(path.join(ROOT, "node_modules", ".bin", "tsx"), ["bench/measure-queries.ts", out, String(args.iterations), String(args.warmup), String(args.budgetMs)], { DATABASE_URL: url }, false);
  const parsed = JSON.parse(fs.readFileSync(out, "utf8")) as Pick<SizeRun, "fullText" | "queries" | "matrixLoad"> & { results: SizeRun["queries"] };
  fs.rmSync(out, { force: true });
  return { fullText: parsed.fullText, matrixLoad: parsed.matrixLoad, queries: parsed.results };
}

/** The bench editor and the busiest event, made or found in the bench database by a process bound to it. */
async function prepareAdminBench(url: string): Promise<{ email: string; password: string; busyEventId: number }> {
  const output = await runCommand(path.join(ROOT, "node_modules", ".bin", "tsx"), ["bench/prepare-admin-bench.ts"], { DATABASE_URL: url });
  return JSON.parse(output.trim().split("\n").at(-1)!) as { email: string; password: string; busyEventId: number };
}

async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  const started = new Date();
  const machine = describeMachine();
  log(`bench: ${args.dbs.join(" + ")} at ${args.sizes.join(", ")} events; groups ${args.groups.join(", ")}${args.smoke ? " (smoke)" : ""}`);
  if (args.groups.some((g) => g !== "queries")) await ensureProductionBuild(log);
  const runs: SizeRun[] = [];
  const failures: string[] = [];
  for (const db of args.dbs as DbKind[]) {
    for (const size of args.sizes) {
      const url = benchDatabaseUrl(db, size);
      log(`\n${db} ${size.toLocaleString("en")}:`);
      let database: SizeRun["database"];
      try {
        database = await prepareBenchDatabase({ kind: db, size, seed: args.seed, url }, log);
      } catch (error) {
        failures.push(`${db} ${size} database: ${error instanceof Error ? error.message.slice(0, 2000) : String(error)}`);
        log(`  FAILED to prepare the database; skipping this size`);
        continue;
      }
      const run: SizeRun = { db, size, database };
      runs.push(run);
      // A failing group is recorded and the run goes on, so one failure does not throw away the other results.
      const attempt = async (group: string, measure: () => Promise<void>) => {
        try {
          await measure();
        } catch (error) {
          // fetch's "fetch failed" says nothing of why: the cause (a reset socket, a refused connection) does.
          const cause = error instanceof Error && error.cause ? ` (${error.cause instanceof Error ? error.cause.message : String(error.cause)})` : "";
          const message = `${db} ${size} ${group}: ${error instanceof Error ? error.message : String(error)}${cause}`;
          failures.push(message);
          log(`  FAILED ${message}`);
        }
      };
      if (args.groups.includes("queries")) await attempt("queries", async () => { Object.assign(run, await measureQueries(url, args)); });
      await attempt("disk", async () => { run.disk = await measureDisk(url); });
      const editor = args.groups.some((group) => group === "admin" || group === "import" || group === "import-memory") ? await prepareAdminBench(url) : null;
      if (args.groups.includes("http") || args.groups.includes("browser") || editor) {
        await attempt("server", async () => {
          const server = await startAppServer(url, args.port);
          run.serverReadyMs = server.readyMs;
          log(`  next start ready in ${server.readyMs} ms (answering, and the event matrix loaded)`);
          try {
            if (args.groups.includes("http")) {
              await attempt("http", async () => {
                run.http = await measureHttp(server.origin, args.httpSeconds);
                log(`  http: ${run.http.requestsPerSecond} req/s, p99 ${run.http.latencyP99} ms, ${run.http.errors} errors, ${run.http.non2xx} non-2xx`);
                if (run.http.requests === 0) throw new Error("no request completed");
              });
            }
            if (args.groups.includes("browser")) {
              await attempt("browser", async () => {
                run.browser = await measureBrowser(server.origin);
                log(`  browser: interactive after ${run.browser.interactiveMs} ms (median; first load ${run.browser.firstInteractiveMs} ms); pan frame p95 ${run.browser.frameP95} ms`);
              });
            }
            if (editor && args.groups.includes("import")) {
              await attempt("import", async () => {
                const rows = args.smoke ? 200 : IMPORT_ROWS;
                run.import = await measureImport(server.origin, url, editor, rows, args.smoke ? 1 : IMPORT_RUNS).catch((error: unknown) => {
                  log(`  the server's last output:\n${server.output(2000)}`);
                  throw error;
                });
                log(`  import: ${rows.toLocaleString("en")} CSV rows in ${run.import.appMs} ms, the median of ${run.import.appRunsMs.join(", ")} (${run.import.appRowsPerSecond} rows/s; raw insert ${run.import.rawRowsPerSecond} rows/s)`);
              });
            }
            // A million rows take minutes to import and delete: measured once a database, at its largest size in the run.
            if (editor && args.groups.includes("import-memory") && size === Math.max(...args.sizes)) {
              await attempt("import-memory", async () => {
                const rows = args.smoke ? 20_000 : IMPORT_MEMORY_ROWS;
                run.importMemory = await measureImportMemory(server, url, editor, rows);
                const { small, large } = run.importMemory;
                log(`  import memory: ${large.rows.toLocaleString("en")} rows (${mb(large.fileBytes)}) in ${large.ms} ms, server peak +${mb(large.peakGrowthBytes)}; ${small.rows.toLocaleString("en")} rows (${mb(small.fileBytes)}): +${mb(small.peakGrowthBytes)}`);
              });
            }
            if (editor && args.groups.includes("admin")) {
              await attempt("admin", async () => {
                run.admin = await measureAdmin(server.origin, editor);
                log(`  admin: pages p95 ${run.admin.pages.map((page) => `${page.p95} ms`).join(", ")}; save p95 ${run.admin.save.p95} ms`);
              });
            }
          } finally {
            await server.stop();
          }
        });
      }
    }
  }

  const smokeNote = args.smoke ? "Smoke run: tiny sizes and few iterations check that every measurement works and agrees with raw SQL; its timings mean nothing.\n\n" : "";
  const markdown = smokeNote + args.dbs.map((db) => renderReport(db, runs.filter((r) => r.db === db))).join("\n");
  const stamp = started.toISOString().replace(/[:.]/g, "-");
  const dir = path.join(ROOT, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  fs.writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify({ startedAt: started.toISOString(), command, machine, args, interactiveDefinition: INTERACTIVE_DEFINITION, runs, failures }, null, 2));
  fs.writeFileSync(path.join(dir, `${stamp}.md`), `Command: \`${command}\`\nMachine: ${JSON.stringify(machine)}\n\n${markdown}`);
  log(`\n${markdown}\nResults: bench/results/${stamp}.json (and .md)`);
  if (failures.length) throw new Error(`${failures.length} measurement(s) failed:\n${failures.join("\n")}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nbench FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
