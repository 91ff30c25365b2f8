import { dialect, type Prisma } from "@/lib/db/client";
import { DERIVED_TRIGGERS_SQL, derivedTriggersSwitchSql, eventsDerivedRowsSql, type InstalledTrigger } from "@/lib/db/events-derived-rows-sql";

/**
 * Runs `write`, which inserts new events with their links and sources, with the derived tables' triggers off; then
 * adds those events' derived rows in a few set-based statements (lib/db/events-derived-rows-sql.ts) and switches the
 * triggers back on. All of it inside the caller's transaction, so a failure anywhere, or a killed process, rolls back
 * with the rest, and no other transaction ever writes without its triggers.
 *
 * SQLite drops the triggers and creates them again exactly as they were (its DDL is transactional; readers on other
 * connections never see the schema without them): its triggers run once per row, about 0.6 ms an event with three
 * links at a million events. PostgreSQL sets a switch for this transaction alone, which every derived trigger's WHEN
 * reads: its statement triggers, run once per 5,000-row INSERT, still cost 0.7 ms an event.
 * `events` selects the new events among events, e.g. `import_batch_id = 12`; `onCounting` hears when the rows are in
 * and their derived rows are being written.
 */
export async function writeNewEventsInBulk<T>(tx: Prisma.TransactionClient, events: string, write: () => Promise<T>, onCounting?: () => void): Promise<T> {
  const run = async (statements: readonly string[]) => {
    for (const statement of statements) await tx.$executeRawUnsafe(statement);
  };
  const installed = dialect === "sqlite" ? await tx.$queryRawUnsafe<InstalledTrigger[]>(DERIVED_TRIGGERS_SQL) : [];
  const triggers = derivedTriggersSwitchSql(dialect, installed);
  await run(triggers.off);
  const written = await write();
  onCounting?.();
  await run([...eventsDerivedRowsSql(dialect, events, "add"), ...triggers.on]);
  return written;
}
