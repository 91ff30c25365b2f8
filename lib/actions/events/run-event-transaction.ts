import { db, type Prisma } from "@/lib/db/client";

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back and may run again. */
const RETRYABLE_POSTGRES_CODES = new Set(["40P01", "40001"]);

type AdapterCause = { originalCode?: unknown };

/**
 * The PostgreSQL code of a failed query, as the pg driver adapter reports it: model queries throw its
 * DriverAdapterError (code in cause.originalCode), raw queries a P2010 with that error in meta.driverAdapterError.
 */
function postgresCodeOf(error: object): unknown {
  const adapterError = "meta" in error ? (error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined)?.driverAdapterError : error;
  const cause = adapterError && "cause" in adapterError ? (adapterError.cause as AdapterCause | undefined) : undefined;
  return cause?.originalCode;
}

/** A write conflict or deadlock: Prisma's P2034 (PostgreSQL 40001) or a bare 40P01 / 40001 from the adapter. */
export function isRetryableTransactionError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ((error as { code?: unknown }).code === "P2034") return true;
  const code = postgresCodeOf(error);
  return typeof code === "string" && RETRYABLE_POSTGRES_CODES.has(code);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs an event write in one transaction, again (up to `attempts` runs in all) when PostgreSQL aborts it as a
 * deadlock or serialization failure: the event_counts triggers of concurrent writers can lock shared count rows
 * in opposite orders. The random wait keeps the two victims of one deadlock from meeting again. Only for writes
 * whose every check happens inside fn, so that a rerun decides afresh (e.g. the version claim of an update).
 */
export async function runEventTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn);
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      await pause(20 * attempt + Math.random() * 80);
    }
  }
}
