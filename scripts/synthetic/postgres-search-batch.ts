import type pg from "pg";
import { postgresSearchDocumentsSql } from "../../lib/db/search-documents-sql";

const INDEX_BATCH_SQL = postgresSearchDocumentsSql("e.id = ANY($1::int[])");

/** Fills event_search for events loaded with the search triggers off. */
export async function indexSearchBatch(client: pg.PoolClient, eventIds: number[]): Promise<void> {
  if (eventIds.length) await client.query(INDEX_BATCH_SQL, [eventIds]);
}
