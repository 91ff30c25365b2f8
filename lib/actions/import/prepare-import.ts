import { db } from "@/lib/db/client";
import { describeDatePrecision } from "@/lib/dates/describe-date-precision";
import { eventDateBounds, formatEventDate } from "@/lib/dates/event-date";
import { formatPartialDateLabel } from "@/lib/dates/partial-date";
import { IMPORT_FIELDS, type ColumnMapping } from "@/lib/import/csv/column-mapping";
import type { ImportFormat } from "@/lib/import/detect-format";
import { errorsToCsv } from "@/lib/import/errors-csv";
import type { CellError, ImportRow } from "@/lib/import/import-row";
import { needsDefaultTimeZone } from "@/lib/import/import-times";
import { readImportFile } from "@/lib/import/read-import-file";
import type { Viewer } from "@/lib/domain/viewer";
import { findDuplicateEvents } from "@/lib/queries/duplicates/find-duplicate-events";
import { readEventDate } from "@/lib/schemas/event-input";

/** What the editor chose besides the file: a CSV's column mapping, and the zone of times the file gives without one. */
export interface ImportChoices {
  mapping?: ColumnMapping;
  defaultTimeZone?: string | null;
}

export interface PreviewRow {
  line: number;
  action: "create" | "update";
  externalId: string | null;
  title: string;
  dateLabel: string;
  /** "known to the month", "approximate: give or take a year": the precision the date was read at. */
  precision: string;
  status: string;
  lane: string | null;
  topics: string[];
  countries: string[];
  warnings: string[];
}

export interface LikelyDuplicate {
  line: number;
  eventId: number;
  title: string;
  slug: string;
  reason: string;
}

export interface ImportPreview {
  format: ImportFormat;
  fileName: string;
  totalRows: number;
  createCount: number;
  updateCount: number;
  headers: string[] | null;
  mapping: ColumnMapping | null;
  mappingProblems: string[];
  fields: readonly string[];
  rows: PreviewRow[];
  errors: CellError[];
  errorCount: number;
  /** Every error as CSV (line, column, message), to download. */
  errorsCsv: string | null;
  warningCount: number;
  duplicates: LikelyDuplicate[];
  needsTimeZone: boolean;
  title: { headline: string; text: string } | null;
  eras: { line: number; headline: string; label: string }[];
}

export type PreparedImport =
  | { ok: true; format: ImportFormat; rows: ImportRow[]; fileErrors: CellError[]; details: Record<string, unknown> | null; columnOf?: (field: string) => string; preview: Omit<ImportPreview, "duplicates" | "createCount" | "updateCount"> }
  | { ok: false; message: string };

const PREVIEW_ROWS = 500;
const PREVIEW_ERRORS = 1000;
const CHUNK = 500;

function previewRow(row: ImportRow): Omit<PreviewRow, "action"> {
  const date = readEventDate(row.values);
  return {
    line: row.line,
    externalId: row.externalId,
    title: row.values.title,
    dateLabel: row.values.dateLabel || (date ? formatEventDate(date) : "(no readable date)"),
    precision: date ? describeDatePrecision(date) : "",
    status: row.values.status,
    lane: row.lane,
    topics: row.values.topics,
    countries: row.values.countries,
    warnings: row.warnings,
  };
}

/** Reads an uploaded file into import rows and the preview of them that needs no database. */
/** A lane the file gives (TimelineJS's group, a CSV "Group" column) becomes a topic: Chronicle lays lanes out by topic. */
function laneAsTopic(row: ImportRow): ImportRow {
  const lane = row.lane?.trim();
  if (!lane || row.values.topics.some((topic) => topic.toLowerCase() === lane.toLowerCase())) return row;
  return { ...row, values: { ...row.values, topics: [...row.values.topics, lane] } };
}

export function prepareImport(fileName: string, bytes: Uint8Array, choices: ImportChoices): PreparedImport {
  const file = readImportFile(fileName, bytes, choices.mapping, { defaultTimeZone: choices.defaultTimeZone ?? null });
  if (!file.ok) return file;
  const read = { ...file, rows: file.rows.map(laneAsTopic) };
  const fileErrors = "errors" in read ? read.errors : [];
  const errors = [...fileErrors, ...read.rows.flatMap((row) => row.errors)].sort((a, b) => a.line - b.line);
  const timeline = read.format === "timelinejs-json" || read.format === "timelinejs-sheet" ? read : null;
  const details = timeline && (timeline.title || timeline.eras.length) ? { title: timeline.title, eras: timeline.eras } : null;
  return {
    ok: true,
    format: read.format,
    rows: read.rows,
    fileErrors,
    details,
    ...(read.format === "csv" && { columnOf: read.columnOf }),
    preview: {
      format: read.format,
      fileName,
      totalRows: read.rows.length,
      headers: read.format === "csv" ? read.headers : null,
      mapping: read.format === "csv" ? read.mapping : null,
      mappingProblems: read.format === "csv" ? read.problems : [],
      fields: IMPORT_FIELDS,
      rows: read.rows.slice(0, PREVIEW_ROWS).map((row) => ({ ...previewRow(row), action: "create" as const })),
      errors: errors.slice(0, PREVIEW_ERRORS),
      errorCount: errors.length,
      errorsCsv: errors.length ? errorsToCsv(errors) : null,
      warningCount: read.rows.reduce((sum, row) => sum + row.warnings.length, 0),
      needsTimeZone: errors.some(needsDefaultTimeZone),
      title: timeline?.title ?? null,
      eras: (timeline?.eras ?? []).map((era) => ({
        line: era.line,
        headline: era.headline,
        label: [era.start, era.end].filter((bound) => bound !== null).map((bound) => formatPartialDateLabel(bound!)).join(" – "),
      })),
    },
  };
}

/** Rows an earlier import created (they will be updated), and rows whose source address another event already cites. */
export async function findImportMatches(rows: ImportRow[]): Promise<{ existing: Set<string>; duplicates: LikelyDuplicate[] }> {
  const externalIds = [...new Set(rows.flatMap((row) => (row.externalId ? [row.externalId] : [])))];
  const existing = new Set<string>();
  for (let at = 0; at < externalIds.length; at += CHUNK) {
    for (const row of await db.event.findMany({ where: { externalId: { in: externalIds.slice(at, at + CHUNK) } }, select: { externalId: true } })) existing.add(row.externalId!);
  }
  const urls = [...new Set(rows.flatMap((row) => (row.externalId && existing.has(row.externalId) ? [] : row.values.sources.map((source) => source.url).filter(Boolean))))];
  const cited = new Map<string, { id: number; title: string; slug: string }[]>();
  for (let at = 0; at < urls.length; at += CHUNK) {
    const sources = await db.source.findMany({ where: { url: { in: urls.slice(at, at + CHUNK) }, event: { deletedAt: null } }, select: { url: true, event: { select: { id: true, title: true, slug: true } } }, take: 5_000 });
    for (const source of sources) cited.set(source.url!, [...(cited.get(source.url!) ?? []), source.event]);
  }
  const duplicates: LikelyDuplicate[] = [];
  for (const row of rows) {
    if (row.externalId && existing.has(row.externalId)) continue;
    const seen = new Set<number>();
    for (const source of row.values.sources) {
      for (const event of (source.url && cited.get(source.url)) || []) {
        if (seen.has(event.id) || seen.size >= 3) continue;
        seen.add(event.id);
        duplicates.push({ line: row.line, eventId: event.id, title: event.title, slug: event.slug, reason: `already cites ${source.url}` });
      }
    }
  }
  return { existing, duplicates };
}

/** How many new rows, from the top, the preview also checks for similar titles: each check is one indexed query. */
const TITLE_CHECKED_ROWS = 200;

/** New rows whose title is like an existing event's at an overlapping date (the event form's own check). */
async function findSimilarTitles(rows: ImportRow[], existing: Set<string>, viewer: Viewer): Promise<LikelyDuplicate[]> {
  const found: LikelyDuplicate[] = [];
  for (const row of rows.filter((candidate) => !(candidate.externalId && existing.has(candidate.externalId))).slice(0, TITLE_CHECKED_ROWS)) {
    const date = readEventDate(row.values);
    if (!date || row.errors.length) continue;
    const matches = await findDuplicateEvents({ title: row.values.title, period: eventDateBounds(date), urls: [], exclude: null }, viewer);
    // Worded to follow "it", as the address reason does: "it has a similar title (3 of 4 words) and overlapping dates".
    for (const match of matches) found.push({ line: row.line, eventId: match.id, title: match.title, slug: match.slug, reason: match.reasons.map((reason) => `has a ${reason}`).join("; ") });
  }
  return found;
}

/**
 * The preview with what only the database knows: which rows update an earlier import, and likely duplicates (by
 * source address for every row, by similar title for the first TITLE_CHECKED_ROWS new rows).
 */
export async function previewImport(prepared: Extract<PreparedImport, { ok: true }>, viewer: Viewer): Promise<ImportPreview> {
  const { existing, duplicates: byAddress } = await findImportMatches(prepared.rows);
  const byTitle = await findSimilarTitles(prepared.rows, existing, viewer);
  const seen = new Set(byAddress.map((duplicate) => `${duplicate.line}:${duplicate.eventId}`));
  const duplicates = [...byAddress, ...byTitle.filter((duplicate) => !seen.has(`${duplicate.line}:${duplicate.eventId}`))].sort((a, b) => a.line - b.line);
  const updates = prepared.rows.filter((row) => row.externalId && existing.has(row.externalId)).length;
  return {
    ...prepared.preview,
    rows: prepared.preview.rows.map((row) => ({ ...row, action: row.externalId && existing.has(row.externalId) ? "update" : "create" })),
    createCount: prepared.rows.length - updates,
    updateCount: updates,
    duplicates: duplicates.slice(0, 500),
  };
}
