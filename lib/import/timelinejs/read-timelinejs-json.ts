import { z } from "zod";
import { htmlToMarkdown, htmlToPlainText } from "../html-to-markdown";
import { emptyImportValues, markRepeatedExternalIds, type CellError, type ImportOptions, type ImportRow } from "../import-row";
import { MAX_IMPORT_ROWS, TOO_MANY_ROWS_MESSAGE } from "../import-limits";
import { readTimelineDate, type TimelineDateRead } from "./timelinejs-date";
import { readEra } from "./timeline-era";
import { slideToImportRow, type TimelineColumns, type TimelineImport, type TimelineTitle } from "./timeline-slide";

const part = z.union([z.number(), z.string()], { error: "Give a whole number, like 2025." }).nullish();
const text = z.string({ error: "Give text." }).nullish();
const object = (what: string) => ({ error: `Give ${what} as an object.` });

const timelineDateSchema = z.object({
  year: part,
  month: part,
  day: part,
  hour: part,
  minute: part,
  second: part,
  millisecond: part,
  display_date: text,
}, object("the date"));

/** A slide as TimelineJS's JSON format describes it; unknown keys (autolink, scale…) are ignored. */
const slideSchema = z.object({
  start_date: timelineDateSchema.nullish(),
  end_date: timelineDateSchema.nullish(),
  text: z.object({ headline: text, text }, object("the text")).nullish(),
  media: z.object({ url: text, caption: text, credit: text, thumbnail: text, alt: text }, object("the media")).nullish(),
  group: text,
  display_date: text,
  unique_id: z.union([z.string(), z.number()], { error: "Give the unique_id as text." }).nullish(),
  background: z.object({ url: text, color: text }, object("the background")).nullish(),
}, object("each event"));

type Slide = z.output<typeof slideSchema>;
type TimelineDateJson = z.output<typeof timelineDateSchema>;

const documentSchema = z.object({
  title: z.unknown().optional(),
  events: z.array(z.unknown(), { error: 'A TimelineJS file has an "events" list.' }),
  eras: z.array(z.unknown(), { error: '"eras" is a list.' }).optional(),
});

const COLUMNS: TimelineColumns = {
  start: "start_date",
  end: "end_date",
  startTime: "start_date.hour",
  endTime: "end_date.hour",
  headline: "text.headline",
  text: "text.text",
  displayDate: "display_date",
  media: "media.url",
  mediaCaption: "media.caption",
  mediaCredit: "media.credit",
};

function readDate(date: TimelineDateJson | null | undefined, prefix: string): TimelineDateRead | null {
  if (!date) return null;
  const columns = { year: `${prefix}.year`, month: `${prefix}.month`, day: `${prefix}.day`, time: `${prefix}.hour` };
  return readTimelineDate(date, columns);
}

/** The date label: the slide's own display_date, else the ones its dates carry. */
function displayDate(slide: Slide): string {
  if (slide.display_date) return slide.display_date;
  const start = slide.start_date?.display_date ?? "";
  const end = slide.end_date?.display_date ?? "";
  return start && end ? `${start} – ${end}` : start;
}

function shapeErrors(error: z.ZodError, line: number, prefix = ""): CellError[] {
  return error.issues.map((issue) => ({ line, column: prefix + issue.path.join("."), message: issue.message }));
}

function readSlide(value: unknown, line: number, options: ImportOptions): ImportRow | CellError[] {
  const parsed = slideSchema.safeParse(value);
  if (!parsed.success) return shapeErrors(parsed.error, line);
  const slide = parsed.data;
  return slideToImportRow(
    {
      line,
      start: readDate(slide.start_date, "start_date"),
      end: readDate(slide.end_date, "end_date"),
      headline: slide.text?.headline ?? "",
      text: slide.text?.text ?? "",
      displayDate: displayDate(slide),
      media: slide.media ? { url: slide.media.url ?? "", caption: slide.media.caption ?? "", credit: slide.media.credit ?? "", alt: slide.media.alt ?? "" } : null,
      group: slide.group ?? "",
      uniqueId: slide.unique_id === null || slide.unique_id === undefined ? "" : String(slide.unique_id),
      backgroundUrl: slide.background?.url ?? "",
    },
    COLUMNS,
    [],
    options,
  );
}

/** A row whose shape was wrong: no values worth reading, only what was wrong. */
function shapeFailureRow(line: number, errors: CellError[]): ImportRow {
  return { line, externalId: null, values: emptyImportValues(), lane: null, errors, warnings: [] };
}

function readTitle(value: unknown, errors: CellError[]): TimelineTitle | null {
  if (value === undefined || value === null) return null;
  const parsed = slideSchema.safeParse(value);
  if (!parsed.success) {
    errors.push(...shapeErrors(parsed.error, 1, "title."));
    return null;
  }
  return { headline: htmlToPlainText(parsed.data.text?.headline ?? ""), text: htmlToMarkdown(parsed.data.text?.text ?? "") };
}

export type TimelineJsonResult = ({ ok: true } & TimelineImport) | { ok: false; message: string };

/**
 * A parsed TimelineJS JSON file (see parseJsonObject): the title slide and eras apart, each event as an import
 * row numbered by its place in `events`, with problems on the field that has them. TimelineJS gives no time zone:
 * times of day are read in `options.defaultTimeZone`, and are errors on their rows without one.
 */
export function readTimelineJsJson(document: Record<string, unknown>, options: ImportOptions = {}): TimelineJsonResult {
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  const { events, eras = [], title } = parsed.data;
  if (events.length > MAX_IMPORT_ROWS) return { ok: false, message: TOO_MANY_ROWS_MESSAGE };

  const errors: CellError[] = [];
  const rows = events.map((value, index) => {
    const read = readSlide(value, index + 1, options);
    return Array.isArray(read) ? shapeFailureRow(index + 1, read) : read;
  });
  markRepeatedExternalIds(rows, "unique_id", (line) => `by event ${line}`);

  const readEras = eras.map((value, index) => {
    const line = index + 1;
    const prefix = `eras[${index}].`;
    const parsedEra = slideSchema.safeParse(value);
    if (!parsedEra.success) {
      errors.push(...shapeErrors(parsedEra.error, line, prefix));
      return null;
    }
    const dates = { start: readDate(parsedEra.data.start_date, `${prefix}start_date`), end: readDate(parsedEra.data.end_date, `${prefix}end_date`) };
    const era = readEra(line, dates, parsedEra.data.text?.headline ?? "", { start: `${prefix}start_date` });
    errors.push(...era.errors);
    return era.era;
  });

  return { ok: true, title: readTitle(title, errors), eras: readEras.filter((era) => era !== null), rows, errors };
}
