import { dialect } from "@/lib/db/client";
import { asciiSearchDocument, SEARCH_VECTOR_COLUMNS } from "@/lib/db/search-documents-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventInput } from "@/lib/schemas/event-input";
import { JsonRows } from "./bulk-insert";
import type { ExistingEvent } from "./check-import-chunk";
import { CREATED_EVENT_COLUMNS, createdEventValues, EVENT_LINKS, REVISION_COLUMNS, revisionValues, UPDATED_EVENT_COLUMNS, updatedEventValues } from "./imported-event-rows";

/** A checked row ready to write: its values with names resolved to ids, links apart, and its event's id. */
export interface PreparedRow {
  /** The event it updates, or the id reserved for the new one. */
  id: number;
  data: EventInput;
  slug: string;
  externalId: string | null;
  /** The event it updates, or null for a new one. */
  existing: ExistingEvent | null;
  /** Its revision's state as JSON; null for a row with a parent or relations, whose revision waits for them. */
  state: string | null;
}

/** What every row of an import shares: its batch, its author and its time. */
export interface ChunkContext {
  batchId: number;
  viewer: Viewer;
  now: Date;
}

/**
 * A chunk of rows as the parameters of the statements that write it (write-import-chunk.ts), built a row at a time
 * while the chunk before it is written: with its ids known (reserve-event-ids.ts), nothing a statement sends depends on
 * what the one before it returned.
 */
export class PreparedChunk {
  readonly rows: PreparedRow[] = [];
  readonly created = new JsonRows(CREATED_EVENT_COLUMNS);
  readonly updated = new JsonRows(UPDATED_EVENT_COLUMNS);
  /** EVENT_LINKS' rows of every event of the chunk, new or updated, in EVENT_LINKS' order. */
  readonly links = EVENT_LINKS.map(({ columns }) => new JsonRows(columns));
  /** PostgreSQL: the search documents, their fields' vectors built here; SQLite's FTS5 index tokenizes its own text. */
  readonly search = dialect === "postgres" ? new JsonRows(SEARCH_VECTOR_COLUMNS) : null;
  readonly revisions = new JsonRows(REVISION_COLUMNS);

  constructor(private readonly context: ChunkContext) {}

  add(row: PreparedRow): void {
    const { batchId, viewer, now } = this.context;
    const { id, data, slug, existing, state } = row;
    this.rows.push(row);
    if (existing) this.updated.add(updatedEventValues(id, existing.version, data, slug, batchId, viewer, now));
    else this.created.add(createdEventValues(id, data, slug, row.externalId, batchId, viewer, now));
    EVENT_LINKS.forEach((link, index) => link.rows(id, data).forEach((values) => this.links[index]!.add(values)));
    if (this.search) {
      // Source titles as the database joins them: with a space between.
      const { vectors, lexemes } = asciiSearchDocument([data.title, data.summary, data.sources.map((source) => source.title).join(" "), data.body]);
      this.search.add([id, ...vectors, lexemes]);
    }
    if (state !== null) this.revisions.add(revisionValues({ id, version: existing ? existing.version + 1 : 1, action: existing ? "update" : "create", state }, batchId, viewer, now));
  }

  /** The ids of the chunk's events that existed before it, and of all its events, for statements naming them. */
  ids(which: "updated" | "all"): number[] {
    return this.rows.flatMap((row) => (which === "all" || row.existing ? [row.id] : []));
  }
}
