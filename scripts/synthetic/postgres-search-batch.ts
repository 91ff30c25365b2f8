import type pg from "pg";

/**
 * event_search_field_vector (migration 20261124100000_full_text_search) over a column, with one shortcut:
 * the accent fold is translate() over a 280-character map, which scans the map for every character and
 * was most of a load's time (BENCHMARKS.md, “Figures: bulk loading”). It changes only characters outside
 * ASCII, and lower() of an ASCII text is ASCII, so for such a text the fold is regexp_replace(lower(…)) alone.
 * Any other text goes through event_search_fold itself.
 */
function fieldVectorSql(column: string, label: "A" | "B" | "C" | "D"): string {
  const lowered = `lower(coalesce(${column}, ''))`;
  const folded = `CASE WHEN ${lowered} ~ '^[[:ascii:]]*$' THEN regexp_replace(${lowered}, '[^[:alnum:]]+', ' ', 'g') ELSE event_search_fold(${column}) END`;
  return `(SELECT coalesce(string_agg(format('%L:1%s', token, '${label}'), ' ')::tsvector, ''::tsvector)
    FROM (SELECT DISTINCT token FROM regexp_split_to_table(${folded}, ' ') AS token WHERE token <> '' AND octet_length(token) <= 2000) AS tokens)`;
}

/**
 * The search documents of the given events in one statement, as event_search_document builds them (the
 * fields' vectors joined A || B || C || D). The triggers build each one twice, for the event's insert and
 * again for its sources', and update the GIN index twice.
 */
const INDEX_BATCH_SQL = `INSERT INTO event_search (event_id, document)
  SELECT b.id, ${fieldVectorSql("b.title", "A")} || ${fieldVectorSql("b.summary", "B")} || ${fieldVectorSql("b.source_titles", "C")} || ${fieldVectorSql("b.body", "D")}
  FROM (SELECT e.id, e.title, e.summary, e.body, (SELECT string_agg(s.title, ' ') FROM sources s WHERE s.event_id = e.id) AS source_titles
    FROM events e WHERE e.id = ANY($1::int[])) AS b
  ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document`;

/** Fills event_search for events loaded with the search triggers off. */
export async function indexSearchBatch(client: pg.PoolClient, eventIds: number[]): Promise<void> {
  if (eventIds.length) await client.query(INDEX_BATCH_SQL, [eventIds]);
}
