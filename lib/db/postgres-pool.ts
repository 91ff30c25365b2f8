import pg from "pg";
import type { Prisma } from "./client";

/**
 * The pool behind Prisma's PostgreSQL adapter, created here so that a bulk write can reach the connection of its own
 * transaction (transactionConnection). Each client is known by its server process id once connected, and counts its
 * checkouts: a lease taken inside a transaction ends when the pool takes the client back.
 */
interface PoolRegistry {
  byProcessId: Map<number, pg.PoolClient>;
  /** Incremented when a client is checked out and again when it is released. */
  turns: WeakMap<pg.PoolClient, number>;
}

// On globalThis, as the client in client.ts is: Next may load this module more than once.
const registry = ((globalThis as unknown as { chroniclePgRegistry?: PoolRegistry }).chroniclePgRegistry ??= { byProcessId: new Map(), turns: new WeakMap() });

const processIdOf = (client: pg.PoolClient) => (client as unknown as { processID?: number }).processID;
const nextTurn = (client: pg.PoolClient) => registry.turns.set(client, (registry.turns.get(client) ?? 0) + 1);

/**
 * Makes the client's promise-style queries wait for each other in our own queue. An import's transaction has two
 * senders on one connection: Prisma, for its reads and the next chunk's checks, and the direct bulk statements of the
 * chunk being written (transactionConnection). pg queues a query sent while another runs, but that is deprecated
 * (and warned about) and goes in pg@9; this queue keeps the same order without it. Callback and submittable queries
 * (none here) pass through untouched.
 */
function queueQueries(client: pg.PoolClient): void {
  const send = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]) => {
    const [first] = args;
    const submittable = typeof first === "object" && first !== null && typeof (first as { submit?: unknown }).submit === "function";
    if (submittable || typeof args.at(-1) === "function") return send(...args);
    const result = tail.then(() => send(...args));
    tail = result.catch(() => undefined);
    return result;
  };
  (client as unknown as { query: typeof queued }).query = queued;
}

export function createPostgresPool(connectionString: string): pg.Pool {
  // JIT compiles any query whose estimated cost passes 100,000, and the estimates for event_counts ranges are rough:
  // compiling cost short reads many times their own time (BENCHMARKS.md, “Figures: data access”). Nothing here runs
  // long enough to repay it.
  const pool = new pg.Pool({ connectionString, options: "-c jit=off" });
  pool.on("connect", (client) => {
    queueQueries(client);
    const processId = processIdOf(client);
    if (processId !== undefined) registry.byProcessId.set(processId, client);
  });
  pool.on("acquire", nextTurn);
  pool.on("release", (_error, client) => nextTurn(client));
  pool.on("remove", (client) => {
    const processId = processIdOf(client);
    if (processId !== undefined && registry.byProcessId.get(processId) === client) registry.byProcessId.delete(processId);
  });
  return pool;
}

/** Runs one statement with its parameters, straight through the driver; resolves to the rows it returns. */
export type DirectQuery = <T>(sql: string, values: unknown[]) => Promise<T[]>;

/**
 * The driver's own connection under an interactive transaction, found by the server process id the transaction
 * reports. Prisma compiles every statement with its parameters into a plan, copying a multi-megabyte JSON parameter
 * several times over (about a third of an import's time in Node); the driver sends it as it is. Only for the
 * transaction's own code: the statements run inside the same transaction, in the order they were sent with Prisma's
 * (queueQueries), and a failure aborts it like any other. Once the transaction has ended (committed, rolled
 * back, timed out) the pool has the client back, and the query refuses to run rather than write outside it. Null
 * where there is no such connection (a pool not made here). lib/db/transaction-connection.ts picks this or SQLite's.
 */
export function postgresTransactionConnection(tx: Prisma.TransactionClient): Promise<DirectQuery | null> {
  let found = connections.get(tx);
  if (!found) connections.set(tx, (found = findTransactionConnection(tx)));
  return found;
}

/** Each transaction's connection, looked up once. */
const connections = new WeakMap<Prisma.TransactionClient, Promise<DirectQuery | null>>();

async function findTransactionConnection(tx: Prisma.TransactionClient): Promise<DirectQuery | null> {
  if (registry.byProcessId.size === 0) return null;
  const [row] = await tx.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
  const client = row ? registry.byProcessId.get(Number(row.pid)) : undefined;
  if (!client) return null;
  const lease = registry.turns.get(client);
  return async <T>(sql: string, values: unknown[]) => {
    if (registry.turns.get(client) !== lease) throw new Error("The transaction this statement belonged to has ended.");
    return (await client.query(sql, values)).rows as T[];
  };
}
