import type { ImportFormat } from "@/lib/import/detect-format";

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  "chronicle-json": "Chronicle JSON",
  "timelinejs-json": "TimelineJS JSON",
  "timelinejs-sheet": "TimelineJS spreadsheet (CSV)",
  csv: "CSV",
};

/** The batch table stores the format as text; an unknown one is shown as stored. */
export function formatLabel(format: string): string {
  return (FORMAT_LABELS as Record<string, string | undefined>)[format] ?? format;
}

/** What each field a CSV column can feed means, in the words of the event form. */
const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  slug: "Slug (address)",
  summary: "Summary",
  body: "Body",
  start: "Date (or start date)",
  end: "End date",
  approximate: "Approximate (circa)",
  dateLabel: "Date as displayed",
  importance: "Importance",
  status: "Status",
  parent: "Parent event",
  topics: "Topics",
  actors: "Actors",
  countries: "Countries",
  externalId: "Id in the file (external id)",
  lane: "Lane (group)",
  "source.url": "Source: web address",
  "source.publisher": "Source: publisher",
  "source.title": "Source: title",
  "source.author": "Source: author",
  "source.publishedOn": "Source: published on",
  "source.quote": "Source: quote",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
