import { dialect, type Prisma } from "./client";
import { postgresTransactionConnection, type DirectQuery } from "./postgres-pool";
import { sqliteTransactionConnection } from "./sqlite-connection";

export type { DirectQuery } from "./postgres-pool";

/**
 * The driver's own connection under an interactive transaction, past Prisma's query compiler, for a bulk write's
 * statements with large JSON parameters (lib/actions/import): PostgreSQL's pool client (postgres-pool.ts) or SQLite's
 * one connection (sqlite-connection.ts). Only for the transaction's own code, one statement at a time; a statement
 * sent after the transaction ended is refused. Null where there is none (a pool not made by client.ts).
 */
export function transactionConnection(tx: Prisma.TransactionClient): Promise<DirectQuery | null> {
  if (dialect === "postgres") return postgresTransactionConnection(tx);
  let found = sqliteConnections.get(tx);
  if (found === undefined) sqliteConnections.set(tx, (found = sqliteTransactionConnection()));
  return Promise.resolve(found);
}

/** Each SQLite transaction's connection, looked up once: inside it, so that it is bound to that transaction. */
const sqliteConnections = new WeakMap<Prisma.TransactionClient, DirectQuery | null>();
