import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database } from "better-sqlite3";
import type { DirectQuery } from "./postgres-pool";

/**
 * SQLite's counterpart of transactionConnection (postgres-pool.ts): the better-sqlite3 connection under Prisma's
 * adapter, for an import's bulk statements. Prisma compiles each raw statement with its parameters in its WebAssembly
 * query compiler, copying a multi-megabyte JSON parameter several times: a sixth of a 100,000-row import's time on
 * SQLite (BENCHMARKS.md, “Import”). The adapter has one connection and lets one transaction run at a time, so the
 * open transaction is the caller's own; each is numbered, and a statement refuses to run once its transaction has
 * ended rather than write into the next one or outside any.
 */
interface OpenTransaction {
  database: Database;
  turn: number;
}

interface SqliteRegistry {
  open: OpenTransaction | null;
  turns: number;
}

// On globalThis, as the client in client.ts is: Next may load this module more than once.
const registry = ((globalThis as unknown as { chronicleSqliteRegistry?: SqliteRegistry }).chronicleSqliteRegistry ??= { open: null, turns: 0 });

/** The adapter factory, made to note each transaction it starts and ends (the adapter's connection is its `client`). */
export function trackSqliteTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const database = (adapter as unknown as { client: Database }).client;
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await start(isolationLevel);
      const turn = ++registry.turns;
      registry.open = { database, turn };
      const ended = () => {
        if (registry.open?.turn === turn) registry.open = null;
      };
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      transaction.commit = () => (ended(), commit());
      transaction.rollback = () => (ended(), rollback());
      return transaction;
    };
    return adapter;
  };
  return factory;
}

/** The open transaction's connection, for code running inside it; null outside any (or on PostgreSQL). */
export function sqliteTransactionConnection(): DirectQuery | null {
  const open = registry.open;
  if (!open) return null;
  return async <T>(sql: string, values: unknown[]) => {
    if (registry.open?.turn !== open.turn || !open.database.inTransaction) throw new Error("The transaction this statement belonged to has ended.");
    const statement = open.database.prepare(sql);
    if (statement.reader) return statement.all(...values) as T[];
    statement.run(...values);
    return [];
  };
}
