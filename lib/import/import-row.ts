import { hasTimeOfDay, type EndPrecision, type EventDate, type StartPrecision } from "@/lib/dates/event-date";
import { formatPartialDateValue } from "@/lib/dates/partial-date";
import type { EventStatus, RelationType } from "@/lib/domain/event-vocabulary";

/**
 * Another event as a file names it. Resolving it needs the database (and the rest of the import), so it stays a
 * name here. A CSV cell does not say which kind of name it holds: `externalIdOrSlug` is tried as an external id of
 * a row in the same import first, then as the slug of an existing event.
 */
export type EventReference = { externalId: string } | { slug: string } | { externalIdOrSlug: string };

export interface ImportSource {
  publisher: string;
  title: string;
  url: string;
  publishedOn: string;
  author: string;
  quote: string;
}

export interface ImportRelation {
  type: RelationType;
  target: EventReference;
}

/**
 * EventInput with its links named as the file names them: topics by slug, actors by slug or name, countries by
 * ISO 3166 code, the parent and relation targets by external id or slug. A time of day is a bound at precision
 * "minute" ("2025-04-15T10:30"), read in `timeZone` (an IANA name; "" when neither bound has a time).
 */
export interface ImportValues {
  title: string;
  slug: string;
  summary: string;
  body: string;
  start: { precision: StartPrecision; value: string };
  end: { precision: EndPrecision; value: string };
  approximate: boolean;
  timeZone: string;
  dateLabel: string;
  importance: number;
  status: EventStatus;
  parent: EventReference | null;
  topics: string[];
  actors: string[];
  countries: string[];
  sources: ImportSource[];
  relations: ImportRelation[];
}

/** A problem with one cell. `column` is the file's own name for it: a CSV header, or a JSON field path. */
export interface CellError {
  line: number;
  column: string;
  message: string;
}

/**
 * One event read from a file, in the same shape whatever the format.
 * `line` is the row number a spreadsheet shows for a CSV row (the header is row 1, a blank row counts), and the
 * event's 1-based position in the `events` list for a JSON file.
 * `lane` is a grouping the file gives (TimelineJS's group), which a later step may offer as a topic.
 */
export interface ImportRow {
  line: number;
  externalId: string | null;
  values: ImportValues;
  lane: string | null;
  errors: CellError[];
  warnings: string[];
}

export function emptyImportValues(): ImportValues {
  return {
    title: "",
    slug: "",
    summary: "",
    body: "",
    start: { precision: "unknown", value: "" },
    end: { precision: "none", value: "" },
    approximate: false,
    timeZone: "",
    dateLabel: "",
    importance: 3,
    status: "draft",
    parent: null,
    topics: [],
    actors: [],
    countries: [],
    sources: [],
    relations: [],
  };
}

/** The start, end, approximate and timeZone fields of an event date, as EventInput takes them; a zone only with a time. */
export function eventDateToValues(date: EventDate): Pick<ImportValues, "start" | "end" | "approximate" | "timeZone"> {
  const { start, end } = date;
  return {
    start: start ? { precision: start.precision, value: formatPartialDateValue(start) } : { precision: "unknown", value: "" },
    end:
      end === "ongoing"
        ? { precision: "ongoing", value: "" }
        : end
          ? { precision: end.precision, value: formatPartialDateValue(end) }
          : { precision: "none", value: "" },
    approximate: date.approximate,
    timeZone: hasTimeOfDay(date) ? (date.timeZone ?? "") : "",
  };
}

export { DATE_FIELDS, finishImportRow, markRepeatedExternalIds, validateImportValues, type ColumnNamer } from "./validate-import-row";
export { atTimeOfDay, defaultTimeZoneOf, needsDefaultTimeZone, timeWithoutZoneMessage, type ImportOptions } from "./import-times";
