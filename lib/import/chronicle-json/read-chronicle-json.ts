import { emptyImportValues, finishImportRow, markRepeatedExternalIds, type CellError, type ImportRow } from "../import-row";
import { MAX_IMPORT_ROWS, TOO_MANY_ROWS_MESSAGE } from "../import-limits";
import {
  CHRONICLE_EVENT_FIELDS,
  CHRONICLE_JSON_FORMAT,
  CHRONICLE_JSON_VERSIONS,
  chronicleEnvelopeSchema,
  chronicleEventV1Schema,
  type ChronicleJsonEventV1,
} from "./chronicle-json-schema";

export type ChronicleJsonResult = { ok: true; exportedAt: string | null; rows: ImportRow[] } | { ok: false; message: string };

const VERSIONS_READ = CHRONICLE_JSON_VERSIONS.join(", ");

/** Says which format and version a document is, before anything else about it is checked. */
function envelopeProblem(document: Record<string, unknown>): string | null {
  const { format, version } = document;
  if (format !== CHRONICLE_JSON_FORMAT) {
    const found = format === undefined ? "has no “format”" : `says its format is ${JSON.stringify(format)}`;
    return `This file ${found}; a Chronicle JSON file says "format": "chronicle".`;
  }
  if (typeof version !== "number" || !(CHRONICLE_JSON_VERSIONS as readonly number[]).includes(version)) {
    const found = version === undefined ? "does not say which version of Chronicle JSON it is" : `is Chronicle JSON version ${JSON.stringify(version)}`;
    return `This file ${found}; this Chronicle reads version ${VERSIONS_READ}. A file from a newer Chronicle needs that Chronicle to import it.`;
  }
  return null;
}

/** A zone on a date without a time says nothing Chronicle keeps: the stored date has a zone only with a time. */
function unusedZoneWarning(event: ChronicleJsonEventV1): string[] {
  const timed = event.start.precision === "minute" || event.end.precision === "minute";
  if (timed || event.timeZone.trim() === "") return [];
  return [`The time zone “${event.timeZone.trim()}” is not kept: neither the start nor the end has a time of day (precision "minute").`];
}

/**
 * One event as an import row: the file's fields are already the values, with references kept by name. A bound at
 * precision "minute" needs `timeZone`; eventInputSchema says so on the "timeZone" field, and names an unknown zone.
 */
export function chronicleEventToImportRow(event: ChronicleJsonEventV1, line: number, warnings: string[] = []): ImportRow {
  const { externalId, parent, topics, actors, countries, ...fields } = event;
  const row: ImportRow = {
    line,
    externalId,
    values: { ...fields, parent, topics, actors, countries, sources: event.sources.map((source) => ({ ...source })) },
    lane: null,
    errors: [],
    warnings: [...warnings, ...unusedZoneWarning(event)],
  };
  // The JSON's own field paths are the columns: "start.value", "sources.0.url", "relations.1.target".
  return finishImportRow(row, (field) => field);
}

function readEvent(value: unknown, line: number): ImportRow {
  const parsed = chronicleEventV1Schema.safeParse(value);
  if (!parsed.success) {
    const errors: CellError[] = parsed.error.issues.map((issue) => ({ line, column: issue.path.join(".") || "(event)", message: issue.message }));
    return { line, externalId: null, values: emptyImportValues(), lane: null, errors, warnings: [] };
  }
  const unknown = Object.keys(value as object).filter((key) => !CHRONICLE_EVENT_FIELDS.includes(key));
  const warnings = unknown.map((key) => `The field “${key}” is not part of Chronicle JSON version 1 and was ignored.`);
  return chronicleEventToImportRow(parsed.data, line, warnings);
}

/**
 * A parsed Chronicle JSON file (see parseJsonObject) as import rows, numbered by their place in `events`.
 * An unknown version is refused whole, naming the versions this Chronicle reads.
 */
export function readChronicleJson(document: Record<string, unknown>): ChronicleJsonResult {
  const problem = envelopeProblem(document);
  if (problem) return { ok: false, message: problem };
  const envelope = chronicleEnvelopeSchema.safeParse(document);
  if (!envelope.success) return { ok: false, message: envelope.error.issues[0]!.message };
  if (envelope.data.events.length > MAX_IMPORT_ROWS) return { ok: false, message: TOO_MANY_ROWS_MESSAGE };
  const rows = envelope.data.events.map((value, index) => readEvent(value, index + 1));
  markRepeatedExternalIds(rows, "externalId", (line) => `by event ${line}`);
  return { ok: true, exportedAt: envelope.data.exportedAt ?? null, rows };
}
