import { z } from "zod";
import { headerKey } from "./csv-header";

/**
 * What a CSV column can hold. `start` is a date as an article writes it, which may itself be a range
 * ("27–28 June 2025"); `end` is a separate end date that completes it. Sources take one per row.
 */
export const IMPORT_FIELDS = [
  "title", "slug", "summary", "body", "start", "end", "approximate", "dateLabel", "importance", "status",
  "parent", "topics", "actors", "countries", "externalId", "lane",
  "source.url", "source.publisher", "source.title", "source.author", "source.publishedOn", "source.quote",
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields that several columns may feed ("Topic 1", "Topic 2"): their lists are joined. */
export const LIST_FIELDS: readonly ImportField[] = ["topics", "actors", "countries"];

export const columnMappingSchema = z.object({
  version: z.literal(1, { error: "This saved mapping is not one this Chronicle reads (version 1)." }),
  columns: z.array(z.object({ column: z.string().min(1), field: z.enum(IMPORT_FIELDS, { error: "Choose what the column holds." }) })),
});

/** Which column feeds which field; columns left out are ignored. Plain JSON, so that it can be saved and reused. */
export type ColumnMapping = z.output<typeof columnMappingSchema>;

/**
 * Header words (as headerKey reads them) for each field. Rules with one field are matched first, so that a
 * "Summary" column takes the summary before a "Description" column, which then becomes the body.
 */
const SYNONYMS: { keys: string[]; fields: ImportField[] }[] = [
  { keys: ["title", "headline", "event", "name", "eventname", "eventtitle"], fields: ["title"] },
  { keys: ["slug"], fields: ["slug"] },
  { keys: ["summary", "abstract", "synopsis"], fields: ["summary"] },
  { keys: ["body", "text", "notes", "content", "fulltext"], fields: ["body"] },
  { keys: ["date", "when", "eventdate", "startdate", "start", "from", "begin", "datefrom", "began"], fields: ["start"] },
  { keys: ["enddate", "end", "to", "until", "dateto", "ended"], fields: ["end"] },
  { keys: ["approximate", "circa", "approx"], fields: ["approximate"] },
  { keys: ["datelabel", "displaydate"], fields: ["dateLabel"] },
  { keys: ["importance", "priority"], fields: ["importance"] },
  { keys: ["status", "state"], fields: ["status"] },
  { keys: ["parent", "parentid", "parentevent", "partof"], fields: ["parent"] },
  { keys: ["topic", "topics", "tag", "tags"], fields: ["topics"] },
  { keys: ["actor", "actors", "people", "participants", "organisations", "organizations"], fields: ["actors"] },
  { keys: ["country", "countries", "countrycode", "countrycodes"], fields: ["countries"] },
  { keys: ["id", "externalid", "uniqueid", "ref", "reference"], fields: ["externalId"] },
  { keys: ["group", "lane", "track"], fields: ["lane"] },
  { keys: ["sourceurl", "url", "link", "sourcelink", "address", "webaddress"], fields: ["source.url"] },
  { keys: ["publisher", "outlet", "publication", "source", "sourcename", "newspaper"], fields: ["source.publisher"] },
  { keys: ["sourcetitle", "articletitle", "articleheadline"], fields: ["source.title"] },
  { keys: ["author", "byline", "sourceauthor"], fields: ["source.author"] },
  { keys: ["publishedon", "published", "publicationdate", "publishdate", "sourcedate"], fields: ["source.publishedOn"] },
  { keys: ["quote", "excerpt"], fields: ["source.quote"] },
  { keys: ["description", "details", "desc"], fields: ["summary", "body"] },
  { keys: ["category", "categories"], fields: ["topics"] },
];

/**
 * A first mapping from the headers' names and common synonyms, for the editor to check: each field is taken by
 * the first column that names it, except the lists, which any number of columns may feed.
 */
export function suggestMapping(headers: string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  const chosen = new Map<string, ImportField>();
  const candidatesOf = (header: string) => SYNONYMS.find((rule) => rule.keys.includes(headerKey(header)))?.fields ?? [];
  for (const pass of ["direct", "fallback"] as const) {
    for (const header of headers) {
      const candidates = candidatesOf(header);
      if (chosen.has(header) || (pass === "direct") !== (candidates.length === 1)) continue;
      const field = candidates.find((candidate) => !taken.has(candidate) || LIST_FIELDS.includes(candidate));
      if (!field) continue;
      chosen.set(header, field);
      taken.add(field);
    }
  }
  return { version: 1, columns: headers.filter((header) => chosen.has(header)).map((header) => ({ column: header, field: chosen.get(header)! })) };
}

/** What stops a mapping from reading this file at all; empty when it can. */
export function mappingProblems(mapping: ColumnMapping, headers: string[]): string[] {
  const problems: string[] = [];
  const present = new Set(headers);
  for (const { column } of mapping.columns) {
    if (!present.has(column)) problems.push(`The mapping reads a column “${column}” that this file does not have.`);
  }
  const counts = new Map<ImportField, string[]>();
  for (const { column, field } of mapping.columns) counts.set(field, [...(counts.get(field) ?? []), column]);
  for (const [field, columns] of counts) {
    if (columns.length > 1 && !LIST_FIELDS.includes(field)) problems.push(`Both “${columns[0]}” and “${columns[1]}” are mapped to ${field}; choose one.`);
  }
  if (!counts.has("title")) problems.push("No column is mapped to the title, and every event needs one.");
  if (!counts.has("start") && !counts.has("end")) problems.push("No column is mapped to the date, and every event needs one.");
  return problems;
}
