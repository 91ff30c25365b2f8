import type { EventDate } from "@/lib/dates/event-date";
import { formatTimeOfDay, type PartialDate } from "@/lib/dates/partial-date";
import { htmlToMarkdown, htmlToPlainText } from "../html-to-markdown";
import { DATE_FIELDS, emptyImportValues, eventDateToValues, finishImportRow, type CellError, type ImportRow, type ImportSource } from "../import-row";
import { atTimeOfDay, defaultTimeZoneOf, timeWithoutZoneMessage, type ImportOptions } from "../import-times";
import { publisherFromAddress, webAddress } from "../web-address";
import type { TimelineDateRead } from "./timelinejs-date";

export interface TimelineMedia {
  url: string;
  caption: string;
  credit: string;
  alt: string;
}

/** One TimelineJS slide, from JSON or a spreadsheet row, with its dates read and its text still HTML. */
export interface TimelineSlide {
  line: number;
  /** null when the slide gives no start at all. */
  start: TimelineDateRead | null;
  end: TimelineDateRead | null;
  headline: string;
  text: string;
  displayDate: string;
  media: TimelineMedia | null;
  group: string;
  uniqueId: string;
  backgroundUrl: string;
}

/** The file's names for the slide's fields, for messages. */
export interface TimelineColumns {
  start: string;
  end: string;
  /** Where the start's and the end's times of day are: "Time" in a sheet, "start_date.hour" in JSON. */
  startTime: string;
  endTime: string;
  headline: string;
  text: string;
  displayDate: string;
  media: string;
  mediaCaption: string;
  mediaCredit: string;
}

export interface TimelineTitle {
  headline: string;
  /** Markdown. */
  text: string;
}

export interface TimelineEra {
  line: number;
  start: PartialDate | null;
  end: PartialDate | null;
  headline: string;
}

/** A TimelineJS file as what it holds: its title slide and eras apart, and its events as import rows. */
export interface TimelineImport {
  title: TimelineTitle | null;
  eras: TimelineEra[];
  rows: ImportRow[];
  /** Problems with the title slide or the eras; an event's own problems are on its row. */
  errors: CellError[];
}

type DateRead = Extract<TimelineDateRead, { ok: true }>;

const samePartialDate = (a: PartialDate, b: PartialDate) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The slide's dates as one event date, without its zone yet: a day with a time becomes that minute, so 10:30–12:00
 * on one day is a range of minutes. An end on the start's own date is left out (the event is a single date) unless
 * both give a time and the times differ; an end's time that is left out with it is named in the warning.
 */
function combineDates(start: DateRead, end: DateRead | null, warnings: string[]): EventDate {
  const startDate = atTimeOfDay(start.date, start.time);
  const endDate = end && atTimeOfDay(end.date, end.time);
  const date: EventDate = { start: startDate, end: endDate, approximate: false };
  if (!end || !endDate || !samePartialDate(start.date, end.date)) return date;
  if (start.time && end.time && !samePartialDate(startDate, endDate)) return date;
  const lostTime = end.time && !start.time ? ` (its time, ${formatTimeOfDay(end.time)}, is not kept)` : "";
  warnings.push(`The end is the same ${end.time && start.time ? "time" : end.date.precision} as the start, so the event is kept as a single date${lostTime}.`);
  return { ...date, end: null };
}

function mediaSource(media: TimelineMedia | null, warnings: string[]): ImportSource[] {
  if (!media || media.url.trim() === "") return [];
  const url = webAddress(media.url);
  if (!url) {
    const shown = media.url.trim().length > 60 ? `${media.url.trim().slice(0, 60)}…` : media.url.trim();
    warnings.push(`The media “${shown}” is not a web address, so it is not kept as a source.`);
    return [];
  }
  const title = htmlToPlainText(media.caption) || htmlToPlainText(media.alt);
  return [{ publisher: publisherFromAddress(url), title, url, publishedOn: "", author: htmlToPlainText(media.credit), quote: "" }];
}

function columnNamer(columns: TimelineColumns, zoneColumn: string) {
  return (field: string): string => {
    const [first] = field.split(".");
    if (first === "timeZone") return zoneColumn;
    if (first === "start" || first === "approximate") return columns.start;
    if (first === "end") return columns.end;
    if (first === "title") return columns.headline;
    if (first === "body" || first === "summary") return columns.text;
    if (first === "dateLabel") return columns.displayDate;
    if (field.endsWith(".title")) return columns.mediaCaption;
    if (field.endsWith(".author")) return columns.mediaCredit;
    if (first === "sources") return columns.media;
    return field;
  };
}

/**
 * A slide as an import row: headline → title, text → body (Markdown), display date → date label, media → a source.
 * TimelineJS gives no time zone, so its times of day are read in `options.defaultTimeZone`; without one, a time is
 * an error on its column.
 */
export function slideToImportRow(slide: TimelineSlide, columns: TimelineColumns, rowErrors: CellError[] = [], options: ImportOptions = {}): ImportRow {
  const { line } = slide;
  const errors: CellError[] = [...rowErrors];
  const warnings: string[] = [];
  const values = emptyImportValues();
  let zoneColumn = columns.startTime;

  for (const read of [slide.start, slide.end]) {
    if (read && !read.ok) errors.push(...read.errors.map((problem) => ({ line, ...problem })));
  }
  if (!slide.start) errors.push({ line, column: columns.start, message: "The start date is missing; a TimelineJS event needs at least a year." });
  const datesRead = slide.start?.ok === true && (!slide.end || slide.end.ok);
  if (datesRead && slide.start?.ok) {
    const end = slide.end?.ok ? slide.end : null;
    warnings.push(...slide.start.warnings, ...(end?.warnings ?? []));
    const date = combineDates(slide.start, end, warnings);
    // The start's time, else the end's if the end was kept: the first that needs the zone.
    const time = slide.start.time ?? (date.end ? end?.time : null);
    if (time) {
      zoneColumn = slide.start.time ? columns.startTime : columns.endTime;
      date.timeZone = defaultTimeZoneOf(options);
      if (!date.timeZone) errors.push({ line, column: zoneColumn, message: timeWithoutZoneMessage(time) });
    }
    Object.assign(values, eventDateToValues(date));
  }

  values.title = htmlToPlainText(slide.headline);
  values.body = htmlToMarkdown(slide.text);
  values.dateLabel = htmlToPlainText(slide.displayDate);
  values.sources = mediaSource(slide.media, warnings);
  if (slide.backgroundUrl.trim()) warnings.push("The slide's background image is not kept.");

  const row: ImportRow = {
    line,
    externalId: slide.uniqueId.trim() || null,
    values,
    lane: slide.group.trim() || null,
    errors,
    warnings,
  };
  return finishImportRow(row, columnNamer(columns, zoneColumn), datesRead ? [] : DATE_FIELDS);
}
