import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import pg from "pg";
import type { DbKind } from "./bench-args";

export interface BenchDatabase {
  kind: DbKind;
  size: number;
  seed: number;
  /** What DATABASE_URL is set to for the app, prisma and the child processes. */
  url: string;
}

const ROOT = path.resolve(import.meta.dirname, "..");
const SQLITE_DIR = path.join(ROOT, ".data", "bench");
const BIN = path.join(ROOT, "node_modules", ".bin");

export function benchDatabaseUrl(kind: DbKind, size: number, baseUrl = process.env.DATABASE_URL): string {
  if (kind === "sqlite") return `file:${path.join(SQLITE_DIR, `sqlite-${size}.db`)}`;
  const url = new URL(baseUrl!);
  // Named after DATABASE_URL's database: several roles on one server (a developer's, CI's) never share,
  // and so never trip over, each other's bench databases.
  const base = decodeURIComponent(url.pathname.slice(1)).toLowerCase().replace(/[^a-z0-9_]/g, "_") || "chronicle";
  url.pathname = `/${base}_bench_${size}`;
  return url.toString();
}

export function runCommand(command: string, args: string[], env: Record<string, string>, quiet = true): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => { output += chunk; if (!quiet) process.stdout.write(chunk); });
    child.stderr.on("data", (chunk: Buffer) => { output += chunk; if (!quiet) process.stderr.write(chunk); });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`))));
  });
}

const MARKER_DDL = "CREATE TABLE IF NOT EXISTS bench_marker (events INTEGER NOT NULL, seed INTEGER NOT NULL)";

async function readMarker(db: BenchDatabase): Promise<{ events: number; seed: number } | null> {
  if (db.kind === "sqlite") {
    const file = db.url.replace(/^file:/, "");
    if (!fs.existsSync(file)) return null;
    const sqlite = new Database(file, { readonly: true });
    try {
      const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'bench_marker'").get();
      return table ? ((sqlite.prepare("SELECT events, seed FROM bench_marker").get() as { events: number; seed: number } | undefined) ?? null) : null;
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: db.url });
  try {
    await client.connect();
  } catch {
    return null; // no such database yet
  }
  try {
    const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('bench_marker') IS NOT NULL AS exists");
    if (!rows[0]?.exists) return null;
    const marker = await client.query<{ events: number; seed: number }>("SELECT events, seed FROM bench_marker");
    return marker.rows[0] ?? null;
  } finally {
    await client.end();
  }
}

async function recreate(db: BenchDatabase) {
  if (db.kind === "sqlite") {
    const file = db.url.replace(/^file:/, "");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    return;
  }
  const name = new URL(db.url).pathname.slice(1);
  if (!/^[a-z0-9_]+_bench_\d+$/.test(name)) throw new Error(`Refusing to drop ${name}: not a bench database.`);
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

async function analyze(db: BenchDatabase) {
  if (db.kind === "sqlite") {
    const sqlite = new Database(db.url.replace(/^file:/, ""));
    sqlite.exec("ANALYZE");
    sqlite.close();
    return;
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query("VACUUM ANALYZE");
  await client.end();
}

async function writeMarker(db: BenchDatabase) {
  if (db.kind === "sqlite") {
    const sqlite = new Database(db.url.replace(/^file:/, ""));
    sqlite.exec(MARKER_DDL);
    sqlite.prepare("INSERT INTO bench_marker (events, seed) VALUES (?, ?)").run(db.size, db.seed);
    sqlite.close();
    return;
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(MARKER_DDL);
  await client.query("INSERT INTO bench_marker (events, seed) VALUES ($1, $2)", [db.size, db.seed]);
  await client.end();
}

/**
 * Makes sure the bench database holds exactly `size` synthetic events of `seed`: reuses it when its
 * marker says so (migrations still run, so new indexes reach old databases), otherwise rebuilds it.
 */
export async function prepareBenchDatabase(db: BenchDatabase, log: (line: string) => void): Promise<"reused" | "filled"> {
  const marker = await readMarker(db);
  const reuse = marker?.events === db.size && marker.seed === db.seed;
  if (!reuse) await recreate(db);
  const env = { DATABASE_URL: db.url };
  const migrated = await runCommand(path.join(BIN, "prisma"), ["migrate", "deploy"], env);
  if (reuse) {
    // A new index migration on a reused database: give the planner statistics for it.
    if (!/No pending migrations/i.test(migrated)) await analyze(db);
    return "reused";
  }
  log(`filling ${db.kind} with ${db.size.toLocaleString("en")} events (seed ${db.seed})…`);
  const started = performance.now();
  await runCommand(path.join(BIN, "tsx"), ["scripts/db-synthetic.ts", "--events", String(db.size), "--seed", String(db.seed)], env);
  log(`  filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await writeMarker(db);
  return "filled";
}
