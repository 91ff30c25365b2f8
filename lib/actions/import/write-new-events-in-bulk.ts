import { dialect, type Prisma } from "@/lib/db/client";
import { DERIVED_TRIGGERS_SQL, eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";

/**
 * Runs `write`, which inserts new events with their links and sources, with the derived tables' triggers off; then
 * adds those events' derived rows in a few set-based statements (lib/db/events-derived-rows-sql.ts) and puts the
 * triggers back exactly as they were. All of it inside the caller's transaction, so a failure anywhere, or a killed
 * process, rolls back the triggers' absence with the rest (SQLite's DDL is transactional; readers on other
 * connections never see the schema without them).
 *
 * SQLite only. Its triggers run once per row, which at a million events cost more than the rows (about 0.6 ms an
 * event with three links); PostgreSQL's are statement triggers that already count a multi-row INSERT as one set.
 * `events` selects the new events among events, e.g. `import_batch_id = 12`; `onCounting` hears when the rows are in
 * and their derived rows are being written.
 */
export async function writeNewEventsInBulk<T>(tx: Prisma.TransactionClient, events: string, write: () => Promise<T>, onCounting?: () => void): Promise<T> {
  if (dialect !== "sqlite") return write();
  const triggers = await tx.$queryRawUnsafe<{ name: string; sql: string }[]>(DERIVED_TRIGGERS_SQL);
  for (const { name } of triggers) await tx.$executeRawUnsafe(`DROP TRIGGER "${name}"`);
  const written = await write();
  onCounting?.();
  for (const statement of eventsDerivedRowsSql(events, "add")) await tx.$executeRawUnsafe(statement);
  for (const { sql } of triggers) await tx.$executeRawUnsafe(sql);
  return written;
}
