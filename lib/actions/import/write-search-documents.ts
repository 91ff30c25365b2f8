import { dialect, type Prisma } from "@/lib/db/client";
import { asciiFieldVector, postgresSearchDocumentsFromJsonSql, SEARCH_VECTOR_COLUMNS } from "@/lib/db/search-documents-sql";
import type { EventInput } from "@/lib/schemas/event-input";
import { rowsJson, runWithRows, type SqlValue } from "./bulk-insert";

/**
 * Whether an import writes its events' search documents itself, from the values it wrote, rather than through
 * eventsDerivedRowsSql: on PostgreSQL, where Node building the fields' vectors frees a fifth of the database's work
 * on an import's search statement (BENCHMARKS.md, “Import”). SQLite's FTS5 index tokenizes its own text.
 */
export const IMPORT_WRITES_SEARCH_DOCUMENTS = dialect === "postgres";

/** The search documents of events just written (or rewritten) with these values, sources included. */
export async function writeSearchDocuments(tx: Prisma.TransactionClient, events: { id: number; data: EventInput }[]): Promise<void> {
  if (!IMPORT_WRITES_SEARCH_DOCUMENTS || events.length === 0) return;
  const rows = events.map(({ id, data }): SqlValue[] => [
    id,
    asciiFieldVector(data.title, "A"),
    asciiFieldVector(data.summary, "B"),
    // As the database joins them: each source's title, with a space between.
    asciiFieldVector(data.sources.map((source) => source.title).join(" "), "C"),
    asciiFieldVector(data.body, "D"),
  ]);
  await runWithRows(tx, postgresSearchDocumentsFromJsonSql(), rowsJson(SEARCH_VECTOR_COLUMNS, rows), false);
}
