import { eventInputSchema, type EventFormInput } from "@/lib/schemas/event-input";
import type { CellError, EventReference, ImportRow, ImportValues } from "./import-row";

/**
 * Names the file's column for a field of ImportValues, given as a dotted path: "title", "start.value",
 * "sources.0.url", "topics", "parent", "relations.1.target".
 */
export type ColumnNamer = (field: string) => string;

/** EventInput's id fields and the ImportValues fields they stand for. */
const RENAMED_FIELDS: Record<string, string> = { topicIds: "topics", actorIds: "actors", countryCodes: "countries", parentId: "parent" };

/**
 * The references become distinct placeholder ids, so that the real schema checks everything else (lengths,
 * dates, URLs, counts) with its own messages; the references themselves are checked by name below.
 */
function withPlaceholderIds(values: ImportValues): EventFormInput {
  const placeholders = (items: unknown[]) => items.map((_, index) => index + 1);
  return {
    title: values.title,
    slug: values.slug,
    summary: values.summary,
    body: values.body,
    start: values.start,
    end: values.end,
    approximate: values.approximate,
    timeZone: values.timeZone,
    dateLabel: values.dateLabel,
    importance: values.importance,
    status: values.status,
    parentId: values.parent ? 1 : null,
    topicIds: placeholders(values.topics),
    actorIds: placeholders(values.actors),
    countryCodes: values.countries,
    sources: values.sources,
    relations: values.relations.map((relation, index) => ({ type: relation.type, targetId: index + 1 })),
  };
}

/** For messages: “the event with external id “17””. */
export function describeReference(reference: EventReference): string {
  if ("externalId" in reference) return `the event with external id “${reference.externalId}”`;
  if ("slug" in reference) return `the event “${reference.slug}”`;
  return `the event “${reference.externalIdOrSlug}”`;
}

function referenceKey(reference: EventReference): string {
  if ("externalId" in reference) return `externalId:${reference.externalId}`;
  if ("slug" in reference) return `slug:${reference.slug}`;
  return `either:${reference.externalIdOrSlug}`;
}

function fieldOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const [first] = parts;
  if (first && RENAMED_FIELDS[first]) parts[0] = RENAMED_FIELDS[first];
  if (parts[0] === "relations" && parts[2] === "targetId") parts[2] = "target";
  return parts.join(".");
}

function schemaErrors(values: ImportValues, line: number, columnOf: ColumnNamer, skipFields: readonly string[]): CellError[] {
  const result = eventInputSchema.safeParse(withPlaceholderIds(values));
  if (result.success) return [];
  return result.error.issues
    .map((issue) => ({ field: fieldOf(issue.path), message: issue.message }))
    .filter(({ field }) => !skipFields.includes(field.split(".")[0]!))
    .map(({ field, message }) => ({ line, column: columnOf(field), message }));
}

function repeatedNames(names: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    if (seen.has(key)) repeated.add(name.trim());
    seen.add(key);
  }
  return [...repeated];
}

function referenceErrors(row: Pick<ImportRow, "line" | "externalId" | "values">, columnOf: ColumnNamer): CellError[] {
  const { line, values } = row;
  const errors: CellError[] = [];
  const lists = [
    ["topics", "topic"],
    ["actors", "actor"],
  ] as const;
  for (const [field, what] of lists) {
    if (values[field].some((name) => name.trim() === "")) errors.push({ line, column: columnOf(field), message: `A ${what} is named by an empty text.` });
    for (const name of repeatedNames(values[field])) {
      errors.push({ line, column: columnOf(field), message: `The ${what} “${name}” is listed more than once.` });
    }
  }
  if (values.parent && isSelf(values.parent, row)) {
    errors.push({ line, column: columnOf("parent"), message: "An event cannot be its own parent." });
  }
  const seen = new Set<string>();
  values.relations.forEach((relation, index) => {
    const key = `${relation.type}|${referenceKey(relation.target)}`;
    const column = columnOf(`relations.${index}.target`);
    if (seen.has(key)) {
      errors.push({ line, column, message: `The relation “${relation.type}” to ${describeReference(relation.target)} is listed more than once.` });
    }
    if (isSelf(relation.target, row)) errors.push({ line, column, message: "An event cannot be related to itself." });
    seen.add(key);
  });
  return errors;
}

function isSelf(reference: EventReference, row: Pick<ImportRow, "externalId" | "values">): boolean {
  const names = [row.externalId, row.values.slug].filter((name): name is string => Boolean(name));
  if ("externalId" in reference) return reference.externalId === row.externalId;
  if ("slug" in reference) return reference.slug === row.values.slug && row.values.slug !== "";
  return names.includes(reference.externalIdOrSlug);
}

/**
 * Everything about the row that can be checked without the database, with the real eventInputSchema: one
 * CellError per problem, on the file's column.
 */
export function validateImportValues(row: Pick<ImportRow, "line" | "externalId" | "values">, columnOf: ColumnNamer, skipFields: readonly string[] = []): CellError[] {
  return [...schemaErrors(row.values, row.line, columnOf, skipFields), ...referenceErrors(row, columnOf)];
}

/** The fields whose schema errors would only repeat a failed date: an unread date leaves the start unknown. */
export const DATE_FIELDS = ["start", "end", "approximate", "timeZone"] as const;

/**
 * The row with the schema's errors added, except on columns the reader already reported and on `unreadFields`
 * (top-level fields the reader could not read, such as DATE_FIELDS after a date that did not parse).
 */
export function finishImportRow(row: ImportRow, columnOf: ColumnNamer, unreadFields: readonly string[] = []): ImportRow {
  const reported = new Set(row.errors.map((error) => error.column));
  const found = validateImportValues(row, columnOf, unreadFields).filter((error) => !reported.has(error.column));
  return { ...row, errors: [...row.errors, ...dedupe(found)] };
}

function dedupe(errors: CellError[]): CellError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.column}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * External ids name rows for parents and relations, so a second row with the same one is an error on that row
 * (the rows are changed in place).
 */
export function markRepeatedExternalIds(rows: ImportRow[], column: string, where = (line: number) => `on line ${line}`): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (row.externalId === null) continue;
    const earlier = first.get(row.externalId);
    if (earlier === undefined) first.set(row.externalId, row.line);
    else row.errors.push({ line: row.line, column, message: `The id “${row.externalId}” is already used ${where(earlier)}; each event needs its own.` });
  }
}
