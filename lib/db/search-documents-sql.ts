/**
 * PostgreSQL search documents of many events in one statement, as event_search_document builds them (the fields'
 * vectors joined A || B || C || D; migration 20261124100000_full_text_search), for writes that index events
 * themselves with the search triggers off: the synthetic loader and an import. The triggers build each document
 * twice, for the event's insert and again for its sources', and update the GIN index twice.
 *
 * One shortcut: the accent fold is translate() over a 280-character map, which scans the map for every character and
 * was most of a load's time (BENCHMARKS.md, “Figures: bulk loading”). It changes only characters outside ASCII, and
 * lower() of an ASCII text is ASCII, so for such a text the fold is regexp_replace(lower(…)) alone. Any other text
 * goes through event_search_fold itself. tests/integration/synthetic-search-batch.test.ts checks the documents equal
 * the triggers'.
 */
function fieldVectorSql(column: string, label: "A" | "B" | "C" | "D"): string {
  const lowered = `lower(coalesce(${column}, ''))`;
  const folded = `CASE WHEN ${lowered} ~ '^[[:ascii:]]*$' THEN regexp_replace(${lowered}, '[^[:alnum:]]+', ' ', 'g') ELSE event_search_fold(${column}) END`;
  return `(SELECT coalesce(string_agg(format('%L:1%s', token, '${label}'), ' ')::tsvector, ''::tsvector)
    FROM (SELECT DISTINCT token FROM regexp_split_to_table(${folded}, ' ') AS token WHERE token <> '' AND octet_length(token) <= 2000) AS tokens)`;
}

/** Event e's source titles as its document joins them: with a space between. */
const SOURCE_TITLES = "(SELECT string_agg(s.title, ' ') FROM sources s WHERE s.event_id = e.id)";

/** Writes (or rewrites) the documents of the events `where` selects (a condition on events e). */
export function postgresSearchDocumentsSql(where: string): string {
  return `INSERT INTO event_search (event_id, document)
  SELECT b.id, ${fieldVectorSql("b.title", "A")} || ${fieldVectorSql("b.summary", "B")} || ${fieldVectorSql("b.source_titles", "C")} || ${fieldVectorSql("b.body", "D")}
  FROM (SELECT e.id, e.title, e.summary, e.body, ${SOURCE_TITLES} AS source_titles
    FROM events e WHERE ${where}) AS b
  ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document`;
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ALNUM = /[^a-z0-9]+/;
const LABELS = ["A", "B", "C", "D"] as const;
type Label = (typeof LABELS)[number];

/** An ASCII text's tokens as the database splits it (lower case, at anything but letters and digits), each once; null for any other text. */
function asciiTokens(text: string | null): string[] | null {
  const value = text ?? "";
  if (!ASCII.test(value)) return null;
  return Array.from(new Set(value.toLowerCase().split(NOT_ALNUM).filter((token) => token !== "" && token.length <= 2000)));
}

const vectorOf = (tokens: string[], label: Label) => tokens.map((token) => `'${token}':1${label}`).join(" ");

/**
 * A field's vector as tsvector text ("'corridor':1A 'rail':1A"), exactly as event_search_field_vector builds it, for a
 * text in ASCII: lower case, split at anything but letters and digits, each token once. Null for any other text,
 * which postgresSearchDocumentsFromJsonSql folds in SQL as ever (the fold's map is for letters beyond ASCII).
 */
export function asciiFieldVector(text: string | null, label: Label): string | null {
  const tokens = asciiTokens(text);
  return tokens && vectorOf(tokens, label);
}

/**
 * An event's search document as the four fields' vectors (title A, summary B, source titles C, body D) and, when
 * every field is ASCII, its event_search_fields lexemes ("'A.rail' 'C.afp'", as event_search_field_lexemes gives them
 * from the document); a field or the lexemes null are built by the database.
 */
export function asciiSearchDocument(fields: readonly [title: string | null, summary: string | null, sourceTitles: string | null, body: string | null]): { vectors: (string | null)[]; lexemes: string | null } {
  const tokens = fields.map(asciiTokens);
  const vectors = tokens.map((list, index) => list && vectorOf(list, LABELS[index]!));
  const lexemes = tokens.every((list) => list !== null) ? tokens.flatMap((list, index) => list!.map((token) => `'${LABELS[index]}.${token}'`)).join(" ") : null;
  return { vectors, lexemes };
}

/** The columns of the rows postgresSearchDocumentsFromJsonSql reads: an event's id, its four fields' vectors and its lexemes. */
export const SEARCH_VECTOR_COLUMNS = ["event_id", "a", "b", "c", "d", "f"] as const;

/**
 * Writes the documents of events whose field vectors were built in Node (asciiSearchDocument), and their
 * event_search_fields rows, from the rows' JSON (its one parameter, $1): the database only parses and joins them,
 * where building them was a third of an import's search statement and the lexemes as much again. A field or the
 * lexemes given as null are built here, from the event as written. Under BULK_SWITCH, where event_search_fields'
 * triggers stand down.
 */
export function postgresSearchDocumentsFromJsonSql(): string {
  const field = (name: string, column: string, label: Label) => `(CASE WHEN x.${name} IS NULL THEN ${fieldVectorSql(column, label)} ELSE CAST(x.${name} AS tsvector) END)`;
  return `WITH x AS MATERIALIZED (SELECT * FROM json_to_recordset(CAST($1 AS json)) AS x(event_id integer, a text, b text, c text, d text, f text)),
documents AS (INSERT INTO event_search (event_id, document)
  SELECT e.id, ${field("a", "e.title", "A")} || ${field("b", "e.summary", "B")} || ${field("c", SOURCE_TITLES, "C")} || ${field("d", "e.body", "D")}
  FROM x JOIN events e ON e.id = x.event_id
  ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document
  RETURNING event_id, document)
INSERT INTO event_search_fields (event_id, fields)
  SELECT d.event_id, coalesce(CAST(x.f AS tsvector), event_search_field_lexemes(d.document)) FROM documents d JOIN x ON x.event_id = d.event_id
  ON CONFLICT (event_id) DO UPDATE SET fields = EXCLUDED.fields`;
}
