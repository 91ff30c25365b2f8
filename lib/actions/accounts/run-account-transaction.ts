import { db, type Prisma } from "@/lib/db/client";
import { isRetryableTransactionError } from "../events/run-event-transaction";

/**
 * Account changes run serializable (and once more if PostgreSQL aborts one): "is this the last active admin?" must
 * hold when two admins demote or deactivate each other at the same moment.
 */
export async function runAccountTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { isolationLevel: "Serializable" });
    } catch (error) {
      if (attempt >= 3 || !isRetryableTransactionError(error)) throw error;
    }
  }
}

/** Throws when no active admin would remain; called inside the transaction after the change. */
export async function activeAdminCount(tx: Prisma.TransactionClient): Promise<number> {
  return tx.user.count({ where: { role: "admin", deactivatedAt: null } });
}
