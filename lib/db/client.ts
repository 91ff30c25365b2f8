import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { resolveDatabaseConfig } from "./database-config";
import { createPostgresPool } from "./postgres-pool";
import { trackSqliteTransactions } from "./sqlite-connection";

export { Prisma } from "./generated/sqlite/client";

/**
 * Both generated clients come from one models file, so their delegates and row types are the same;
 * the SQLite client's type stands for both. Only lib/queries, lib/actions and lib/auth import this.
 */
export type Db = SqliteClient;
export type Dialect = "sqlite" | "postgres";

/**
 * Prisma's defaults (2 s to start, 5 s to finish) cut off correct short writes on a loaded machine: a delete that
 * waits behind another writer's count-row locks (PostgreSQL) or SQLite's one writer, with the event loop shared by
 * page renders, once took 5.5 s in CI and failed as a 500. Long writes (imports, undo) set their own.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

function createDb(): { db: Db; dialect: Dialect } {
  const config = resolveDatabaseConfig();
  if (config.provider === "postgres") {
    const client = new PostgresClient({ adapter: new PrismaPg(createPostgresPool(config.url), { disposeExternalPool: true }), transactionOptions: TRANSACTION_OPTIONS });
    return { db: client as unknown as Db, dialect: "postgres" };
  }
  // timeout: how long a writer waits for SQLite's lock before failing with SQLITE_BUSY.
  const client = new SqliteClient({ adapter: trackSqliteTransactions(new PrismaBetterSQLite3({ url: `file:${config.file}`, timeout: 10_000 })), transactionOptions: TRANSACTION_OPTIONS });
  return { db: client, dialect: "sqlite" };
}

const globalForDb = globalThis as unknown as { chronicleDb?: { db: Db; dialect: Dialect } };
const instance = (globalForDb.chronicleDb ??= createDb());

export const db = instance.db;
export const dialect = instance.dialect;
