import { dialect, type Prisma } from "@/lib/db/client";
import { eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";
import { asciiSearchDocument, postgresSearchDocumentsFromJsonSql, SEARCH_VECTOR_COLUMNS } from "@/lib/db/search-documents-sql";
import type { EventInput } from "@/lib/schemas/event-input";
import { rowsJson, runWithRows, type SqlValue } from "./bulk-insert";
import type { RunSql } from "./with-derived-triggers-off";

/**
 * Whether an import writes its events' search documents itself, from the values it wrote, rather than through
 * eventsDerivedRowsSql: on PostgreSQL, where Node building the fields' vectors frees a fifth of the database's work
 * on an import's search statement (BENCHMARKS.md, “Import”). SQLite's FTS5 index tokenizes its own text.
 */
const IMPORT_WRITES_SEARCH_DOCUMENTS = dialect === "postgres";

/** The search documents of events just written (or rewritten) with these values, sources included. */
async function writeSearchDocuments(tx: Prisma.TransactionClient, events: { id: number; data: EventInput }[]): Promise<void> {
  const rows = events.map(({ id, data }): SqlValue[] => {
    // Source titles as the database joins them: with a space between.
    const { vectors, lexemes } = asciiSearchDocument([data.title, data.summary, data.sources.map((source) => source.title).join(" "), data.body]);
    return [id, ...vectors, lexemes];
  });
  await runWithRows(tx, postgresSearchDocumentsFromJsonSql(), rowsJson(SEARCH_VECTOR_COLUMNS, rows), false);
}

/**
 * Adds the derived rows of events an import has just written with these values (links and sources included), with
 * the derived triggers off (`run` is withDerivedTriggersOff's): the migrations' fill statements over just these
 * events, selected by their ids (the planner knows nothing yet of a new batch's rows, and by the batch's index read
 * every row written so far: 85 ms a chunk by the end of 100,000 rows, where the ids take 7), and their search
 * documents.
 */
export async function addImportedDerivedRows(tx: Prisma.TransactionClient, run: RunSql, events: { id: number; data: EventInput }[]): Promise<void> {
  if (events.length === 0) return;
  await run(eventsDerivedRowsSql(dialect, `id IN (${events.map((event) => event.id).join(", ")})`, "add", { searchDocuments: !IMPORT_WRITES_SEARCH_DOCUMENTS }));
  if (IMPORT_WRITES_SEARCH_DOCUMENTS) await writeSearchDocuments(tx, events);
}
