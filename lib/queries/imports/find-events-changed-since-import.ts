import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "../sql/dialect-sql";

export interface ChangedSinceImport {
  /** The import's events no longer at the version it left them (edited since, or gone). */
  count: number;
  /** The first few of them, in the import's order: their titles, or "event 12" for one that is gone. */
  names: string[];
}

const NAMED = 5;

/** What undoing import `batchId` would overwrite, counted by the database rather than by reading every event back. */
export async function findEventsChangedSinceImport(batchId: number): Promise<ChangedSinceImport> {
  const [counted, named] = await Promise.all([
    readSql<{ n: unknown }[]>`
      SELECT COUNT(*) AS n FROM event_revisions r LEFT JOIN events e ON e.id = r.event_id
      WHERE r.batch_id = ${batchId} AND (e.id IS NULL OR e.version <> r.version)`,
    readSql<{ event_id: unknown; title: string | null }[]>`
      SELECT r.event_id, e.title FROM event_revisions r LEFT JOIN events e ON e.id = r.event_id
      WHERE r.batch_id = ${batchId} AND (e.id IS NULL OR e.version <> r.version) ORDER BY r.id LIMIT ${NAMED}`,
  ]);
  return { count: toNumber(counted[0]?.n), names: named.map((row) => row.title ?? `event ${toNumber(row.event_id)}`) };
}
