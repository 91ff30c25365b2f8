import { dialect, type Prisma } from "@/lib/db/client";
import { eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";
import { withDerivedTriggersOff } from "./with-derived-triggers-off";

/**
 * Runs `write`, which inserts new events with their links and sources, with the derived triggers off, then adds those
 * events' derived rows. `events` selects the new events among events, e.g. `import_batch_id = 12`; `onCounting` hears
 * when the rows are in and their derived rows are being written.
 */
export function writeNewEventsInBulk<T>(tx: Prisma.TransactionClient, events: string, write: () => Promise<T>, onCounting?: () => void): Promise<T> {
  return withDerivedTriggersOff(tx, async (run) => {
    const written = await write();
    onCounting?.();
    await run(eventsDerivedRowsSql(dialect, events, "add"));
    return written;
  });
}
