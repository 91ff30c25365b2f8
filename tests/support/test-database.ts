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

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const base = resolveDatabaseConfig();
  const suffix = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  if (base.provider === "sqlite") {
    const dir = path.resolve(".data/test");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${suffix}.db`);
    const url = `file:${file}`;
    migrate(url);
    return {
      url,
      async drop() {
        for (const extra of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + extra, { force: true });
      },
    };
  }
  const baseConfig = poolConfigFromUrl(base.url);
  if (!LOCAL_HOSTS.has(String(baseConfig.host))) {
    throw new Error(`Refusing to create test databases on ${baseConfig.host}: tests only use a local PostgreSQL.`);
  }
  const name = `chronicle_test_${suffix}`.toLowerCase();
  const admin = new pg.Client({ ...baseConfig, database: baseConfig.database || "postgres" });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base.url);
  url.pathname = `/${name}`;
  migrate(url.toString());
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ ...baseConfig, database: baseConfig.database || "postgres" });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export function migrate(url: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/** Loads the reference events (and the demo editor) into the database at url. */
export function seed(url: string): void {
  execFileSync("npx", ["tsx", "prisma/seed/seed.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}
