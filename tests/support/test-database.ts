import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { resolveDatabaseConfig } from "../../lib/db/database-config";
import { poolConfigFromUrl } from "../../lib/db/pg-migration-adapter";

/**
 * A fresh, migrated database for one test run, of the same kind as DATABASE_URL (SQLite when unset).
 * PostgreSQL test databases are created next to DATABASE_URL's, so its role needs CREATEDB; a database
 * that is not on this machine is refused, so a test run can never touch a real one.
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** The URL of a database for one test run, of the same kind as DATABASE_URL; nothing is created yet. */
export function testDatabaseUrl(label: string, runId = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`): string {
  const base = resolveDatabaseConfig();
  const suffix = `${label}_${runId}`.toLowerCase();
  if (base.provider === "sqlite") return `file:${path.resolve(".data/test", `${suffix}.db`)}`;
  const url = new URL(base.url);
  url.pathname = `/chronicle_test_${suffix}`;
  return url.toString();
}

function adminClient(config: ReturnType<typeof poolConfigFromUrl>) {
  if (!LOCAL_HOSTS.has(String(config.host))) {
    throw new Error(`Refusing to create or drop test databases on ${config.host}: tests only use a local PostgreSQL.`);
  }
  // Connect to the maintenance database: a database cannot be created or dropped from inside itself.
  return new pg.Client({ ...config, database: "postgres" });
}

/** Creates (PostgreSQL) or prepares the folder of (SQLite) the database at url, and migrates it. */
export async function createDatabase(url: string): Promise<void> {
  const config = resolveDatabaseConfig(url);
  if (config.provider === "sqlite") {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
  } else {
    const target = poolConfigFromUrl(config.url);
    const admin = adminClient(target);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${target.database}"`);
    await admin.end();
  }
  migrate(url);
}

export async function dropDatabase(url: string): Promise<void> {
  const config = resolveDatabaseConfig(url);
  if (config.provider === "sqlite") {
    for (const extra of ["", "-wal", "-shm", "-journal"]) fs.rmSync(config.file + extra, { force: true });
    return;
  }
  const target = poolConfigFromUrl(config.url);
  const admin = adminClient(target);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${target.database}" WITH (FORCE)`);
  await admin.end();
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const url = testDatabaseUrl(label);
  await createDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}

export function migrate(url: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/** Loads the reference events (and the demo editor) into the database at url. */
export function seed(url: string): void {
  execFileSync("npx", ["tsx", "prisma/seed/seed.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}
