import { dialect, type Prisma } from "@/lib/db/client";
import { BULK_SWITCH_SQL, DERIVED_TRIGGERS_SQL, eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";

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
  if (dialect === "postgres") {
    await run([BULK_SWITCH_SQL.on]);
    const written = await write();
    onCounting?.();
    await run([...eventsDerivedRowsSql("postgres", events, "add"), BULK_SWITCH_SQL.off]);
    return written;
  }
  const triggers = await tx.$queryRawUnsafe<{ name: string; sql: string }[]>(DERIVED_TRIGGERS_SQL);
  await run(triggers.map(({ name }) => `DROP TRIGGER "${name}"`));
  const written = await write();
  onCounting?.();
  await run([...eventsDerivedRowsSql("sqlite", events, "add"), ...triggers.map(({ sql }) => sql)]);
  return written;
}
