import pg from "pg";
import type { Prisma } from "./client";

/**
 * The pool behind Prisma's PostgreSQL adapter, created here so that a bulk write can reach the connection of its own
 * transaction (transactionConnection). Each client is known by its server process id once connected.
 */
const clientsByProcessId = new Map<number, pg.PoolClient>();

export function createPostgresPool(connectionString: string): pg.Pool {
  // JIT compiles any query whose estimated cost passes 100,000, and the estimates for event_counts ranges are rough:
  // compiling cost short reads many times their own time (BENCHMARKS.md, “Figures: data access”). Nothing here runs
  // long enough to repay it.
  const pool = new pg.Pool({ connectionString, options: "-c jit=off" });
  pool.on("connect", (client) => {
    const processId = (client as unknown as { processID?: number }).processID;
    if (processId !== undefined) clientsByProcessId.set(processId, client);
  });
  pool.on("remove", (client) => {
    const processId = (client as unknown as { processID?: number }).processID;
    if (processId !== undefined) clientsByProcessId.delete(processId);
  });
  return pool;
}

/** Runs one statement with its parameters, straight through the driver; resolves to the rows it returns. */
export type DirectQuery = <T>(sql: string, values: unknown[]) => Promise<T[]>;

/**
 * The driver's own connection under an interactive transaction, found by the server process id the transaction
 * reports. Prisma compiles every statement with its parameters into a plan, copying a multi-megabyte JSON parameter
 * several times over (about a third of an import's time in Node); the driver sends it as it is. Only for the
 * transaction's own code, one statement at a time (Prisma sends nothing on it meanwhile): the statements run inside
 * the same transaction, and a failure aborts it like any other. Null where there is no such connection.
 */
export async function transactionConnection(tx: Prisma.TransactionClient): Promise<DirectQuery | null> {
  if (clientsByProcessId.size === 0) return null;
  const [row] = await tx.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
  const client = row ? clientsByProcessId.get(Number(row.pid)) : undefined;
  if (!client) return null;
  return async <T>(sql: string, values: unknown[]) => (await client.query(sql, values)).rows as T[];
}
