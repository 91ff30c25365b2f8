import { dialect, type Prisma } from "@/lib/db/client";
import { DERIVED_TRIGGERS_SQL, derivedTriggersSwitchSql, type InstalledTrigger } from "@/lib/db/events-derived-rows-sql";
import { transactionConnection } from "@/lib/db/transaction-connection";

export type RunSql = (statements: readonly string[]) => Promise<void>;

/**
 * Runs `body` inside the caller's transaction with the derived tables' triggers off, then switches them on again; `body`
 * writes the derived rows itself, set-based (lib/db/events-derived-rows-sql.ts), through the `run` it is given. A
 * failure anywhere, or a killed process, rolls back with the rest, and no other transaction ever writes without its
 * triggers.
 *
 * SQLite drops the triggers and creates them again exactly as they were (its DDL is transactional; readers on other
 * connections never see the schema without them): its triggers run once per row, about 0.6 ms an event with three
 * links at a million events. PostgreSQL sets a switch for this transaction alone, which every derived trigger's WHEN
 * reads: its statement triggers, run once per 5,000-row INSERT, still cost 0.7 ms an event.
 *
 * `run` sends its statements (none has parameters) straight through the transaction's connection, and on PostgreSQL
 * as one query: twenty statements a chunk one by one left the database waiting between them for Node, busy meanwhile
 * reading the next chunk, about a tenth of an import's time (BENCHMARKS.md, “Import”).
 */
export async function withDerivedTriggersOff<T>(tx: Prisma.TransactionClient, body: (run: RunSql) => Promise<T>): Promise<T> {
  const direct = await transactionConnection(tx);
  const run: RunSql = async (statements) => {
    if (!direct) {
      for (const statement of statements) await tx.$executeRawUnsafe(statement);
    } else if (dialect === "postgres") {
      // No parameters: the driver sends the text as one simple query, which may hold many statements.
      if (statements.length > 0) await direct(statements.join(";\n"), []);
    } else {
      for (const statement of statements) await direct(statement, []);
    }
  };
  const installed = dialect === "sqlite" ? await tx.$queryRawUnsafe<InstalledTrigger[]>(DERIVED_TRIGGERS_SQL) : [];
  const triggers = derivedTriggersSwitchSql(dialect, installed);
  await run(triggers.off);
  const result = await body(run);
  await run(triggers.on);
  return result;
}
