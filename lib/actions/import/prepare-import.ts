import { db, Prisma } from "@/lib/db/client";
import { describeDatePrecision } from "@/lib/dates/describe-date-precision";
import { eventDateBounds, formatEventDate } from "@/lib/dates/event-date";
import { formatPartialDateLabel } from "@/lib/dates/partial-date";
import { IMPORT_FIELDS, type ColumnMapping } from "@/lib/import/csv/column-mapping";
import type { ImportFormat } from "@/lib/import/detect-format";
import { errorsToCsv } from "@/lib/import/errors-csv";
import type { CellError, ImportRow } from "@/lib/import/import-row";
import { needsDefaultTimeZone } from "@/lib/import/import-times";
import { readImportFile } from "@/lib/import/read-import-file";
import { RepeatedIdFinder } from "@/lib/import/repeated-id-finder";
import { mappedColumnNamer } from "@/lib/import/csv/apply-mapping";
import type { Viewer } from "@/lib/domain/viewer";
import { findDuplicateEvents } from "@/lib/queries/duplicates/find-duplicate-events";
import { readEventDate } from "@/lib/schemas/event-input";
import { ImportProblems } from "./import-problems";
import { eventsWhereIn } from "./read-where-in";
import { rowChunks } from "./row-chunks";

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

/** What a preview shows besides the rows: the file as a whole. */
export interface ImportFileAbout {
  format: ImportFormat;
  fileName: string;
  headers: string[] | null;
  mapping: ColumnMapping | null;
  mappingProblems: string[];
  /** Problems of the file rather than of a row: a TimelineJS title slide or era. */
  fileErrors: CellError[];
  title: ImportPreview["title"];
  eras: ImportPreview["eras"];
}

export type PreparedImport =
  | { ok: true; rows: ImportRow[]; details: Record<string, unknown> | null; columnOf?: (field: string) => string; about: ImportFileAbout }
  | { ok: false; message: string };

const PREVIEW_ROWS = 500;
const PREVIEW_ERRORS = 1000;
/** The errors a preview keeps for its download; past that, they are counted. */
const DOWNLOADED_ERRORS = 100_000;
const CHUNK = 500;
/** Rows read and looked up together while previewing. */
const PREVIEW_CHUNK_ROWS = 5_000;

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
export function laneAsTopic(row: ImportRow): ImportRow {
  const lane = row.lane?.trim();
  if (!lane || row.values.topics.some((topic) => topic.toLowerCase() === lane.toLowerCase())) return row;
  return { ...row, values: { ...row.values, topics: [...row.values.topics, lane] } };
}

export function prepareImport(fileName: string, bytes: Uint8Array, choices: ImportChoices): PreparedImport {
  const file = readImportFile(fileName, bytes, choices.mapping, { defaultTimeZone: choices.defaultTimeZone ?? null });
  if (!file.ok) return file;
  const read = { ...file, rows: file.rows.map(laneAsTopic) };
  const timeline = read.format === "timelinejs-json" || read.format === "timelinejs-sheet" ? read : null;
  const details = timeline && (timeline.title || timeline.eras.length) ? { title: timeline.title, eras: timeline.eras } : null;
  return {
    ok: true,
    rows: read.rows,
    details,
    ...(read.format === "csv" && { columnOf: read.columnOf }),
    about: {
      format: read.format,
      fileName,
      headers: read.format === "csv" ? read.headers : null,
      mapping: read.format === "csv" ? read.mapping : null,
      mappingProblems: read.format === "csv" ? read.problems : [],
      fileErrors: "errors" in read ? read.errors : [],
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
  const existing = new Set((await eventsWhereIn<{ externalId: string }>(Prisma.sql`external_id AS "externalId"`, "external_id", externalIds)).map((row) => row.externalId));
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
/** The likely duplicates a preview lists. */
const MAX_DUPLICATES = 500;

/** New rows whose title is like an existing event's at an overlapping date (the event form's own check). */
async function findSimilarTitles(rows: ImportRow[], viewer: Viewer): Promise<LikelyDuplicate[]> {
  const found: LikelyDuplicate[] = [];
  for (const row of rows) {
    const date = readEventDate(row.values);
    if (!date || row.errors.length) continue;
    const matches = await findDuplicateEvents({ title: row.values.title, period: eventDateBounds(date), urls: [], exclude: null }, viewer);
    // Worded to follow "it", as the address reason does: "it has a similar title (3 of 4 words) and overlapping dates".
    for (const match of matches) found.push({ line: row.line, eventId: match.id, title: match.title, slug: match.slug, reason: match.reasons.map((reason) => `has a ${reason}`).join("; ") });
  }
  return found;
}

/**
 * The preview of a file: every row as it would be stored (the first PREVIEW_ROWS shown), every problem by row and
 * column, which rows update an earlier import, and likely duplicates (by source address for every row, by similar
 * title for the first TITLE_CHECKED_ROWS new rows). The rows are read a chunk at a time, so a streamed file of a
 * million rows is previewed without being held: what grows with it is 12 bytes a row for repeated ids (`findRepeats`,
 * for rows no reader has checked for them yet).
 */
export async function previewImport(about: ImportFileAbout, rows: Iterable<ImportRow> | AsyncIterable<ImportRow>, viewer: Viewer, findRepeats = false): Promise<ImportPreview> {
  const shown: PreviewRow[] = [];
  const errors = new ImportProblems(DOWNLOADED_ERRORS);
  errors.add(about.fileErrors);
  const repeats = findRepeats ? new RepeatedIdFinder() : null;
  const duplicates: LikelyDuplicate[] = [];
  let totalRows = 0;
  let updateCount = 0;
  let warningCount = 0;
  let needsTimeZone = about.fileErrors.some(needsDefaultTimeZone);
  let titlesLeft = TITLE_CHECKED_ROWS;
  for await (const chunk of rowChunks(rows, PREVIEW_CHUNK_ROWS)) {
    totalRows += chunk.length;
    for (const row of chunk) {
      errors.add(row.errors);
      warningCount += row.warnings.length;
      if (!needsTimeZone && row.errors.some(needsDefaultTimeZone)) needsTimeZone = true;
      if (repeats && row.externalId) repeats.add(row.externalId, row.line);
    }
    const { existing, duplicates: byAddress } = await findImportMatches(chunk);
    const isUpdate = (row: ImportRow) => Boolean(row.externalId && existing.has(row.externalId));
    updateCount += chunk.filter(isUpdate).length;
    for (const row of chunk.slice(0, Math.max(0, PREVIEW_ROWS - shown.length))) shown.push({ ...previewRow(row), action: isUpdate(row) ? "update" : "create" });
    const checked = chunk.filter((row) => !isUpdate(row)).slice(0, titlesLeft);
    titlesLeft -= checked.length;
    const byTitle = await findSimilarTitles(checked, viewer);
    const seen = new Set(byAddress.map((duplicate) => `${duplicate.line}:${duplicate.eventId}`));
    if (duplicates.length < MAX_DUPLICATES) duplicates.push(...byAddress, ...byTitle.filter((duplicate) => !seen.has(`${duplicate.line}:${duplicate.eventId}`)));
  }
  if (repeats) errors.add(repeats.errors(about.headers && about.mapping ? mappedColumnNamer(about.mapping)("externalId") : "externalId"));
  const listed = errors.list();
  return {
    format: about.format,
    fileName: about.fileName,
    totalRows,
    createCount: totalRows - updateCount,
    updateCount,
    headers: about.headers,
    mapping: about.mapping,
    mappingProblems: about.mappingProblems,
    fields: IMPORT_FIELDS,
    rows: shown,
    errors: listed.slice(0, PREVIEW_ERRORS),
    errorCount: errors.count,
    errorsCsv: listed.length ? errorsToCsv(listed) : null,
    warningCount,
    duplicates: duplicates.sort((a, b) => a.line - b.line).slice(0, MAX_DUPLICATES),
    needsTimeZone,
    title: about.title,
    eras: about.eras,
  };
}
