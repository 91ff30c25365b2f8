import { formatEventDate, type EventDate } from "@/lib/dates/event-date";
import { formatPartialDateValue } from "@/lib/dates/partial-date";
import { canonicalTimeZone } from "@/lib/dates/time-zone";
import { parseTypedDate, type TypedTime } from "@/lib/dates/typed-date/parse-typed-date";
import { eventDateToValues, type CellError, type ImportValues } from "../import-row";
import { atTimeOfDay, defaultTimeZoneOf, timeWithoutZoneMessage, type ImportOptions } from "../import-times";

export interface DateCell {
  column: string;
  text: string;
}

export interface DateCellsRead {
  /** A time of day makes its bound a "minute" one, with the zone the cell gives (or the default) in timeZone. */
  values: Pick<ImportValues, "start" | "end" | "approximate" | "timeZone">;
  /** The column a problem with the time zone belongs to: the first cell with a time; null when none has one. */
  zoneColumn: string | null;
  /** The typed label when it says more than the date does ("early July 2025"); else empty. */
  label: string;
  errors: CellError[];
  warnings: string[];
}

/** Words that close a range with no end yet: "2023 – present" typed in two columns. */
const OPEN_END = /^(ongoing|present|current|continuing|to date|now)$/i;

type TypedRead = { ok: true; date: EventDate; time: TypedTime | null; label: string } | { ok: false; message: string };

function readTyped(text: string): TypedRead {
  const result = parseTypedDate(text);
  if (result.kind === "understood") return { ok: true, date: result.date, time: result.time, label: result.label };
  if (result.kind === "ambiguous") return { ok: false, message: `${result.message} Write the month as a word, like 4 July 2025, to settle it.` };
  return { ok: false, message: result.message };
}

/** A single date for a source's publication: "27 June 2025" → "2025-06-27", "July 2025" → "2025-07". */
export function readPublicationDate(text: string): { ok: true; value: string } | { ok: false; message: string } {
  const read = readTyped(text);
  if (!read.ok) return read;
  if (!read.date.start || read.date.end !== null || read.date.approximate || read.time) {
    return { ok: false, message: `A publication date is one date, like 27 June 2025 or July 2025; “${text}” is not.` };
  }
  return { ok: true, value: formatPartialDateValue(read.date.start) };
}

type EndRead = { end: EventDate["end"]; approximate: boolean; time: TypedTime | null };

function readEnd(end: DateCell, line: number, errors: CellError[]): EndRead | undefined {
  if (OPEN_END.test(end.text)) return { end: "ongoing", approximate: false, time: null };
  const read = readTyped(end.text);
  if (!read.ok) {
    errors.push({ line, column: end.column, message: read.message });
    return undefined;
  }
  if (!read.date.start || read.date.end !== null) {
    errors.push({ line, column: end.column, message: `The end date is one date, like 28 June 2025; “${end.text}” is ${read.label}.` });
    return undefined;
  }
  // parseTypedDate gives a time only with a single day, so the end becomes that minute.
  return { end: atTimeOfDay(read.date.start, read.time), approximate: read.date.approximate, time: read.time };
}

const sameZone = (a: string, b: string) => (canonicalTimeZone(a) ?? a).toLowerCase() === (canonicalTimeZone(b) ?? b).toLowerCase();

/**
 * The one zone of the times the cells give: the zone a cell names (which then holds for the other's time too), else
 * the caller's default. Null, with an error on the cell, when there is none or the cells name two.
 */
function zoneOfTimes(timed: { cell: DateCell; time: TypedTime }[], line: number, errors: CellError[], options: ImportOptions): string | null {
  const named = timed.filter(({ time }) => time.zone !== null);
  const [first, second] = named;
  if (first && second && !sameZone(first.time.zone!, second.time.zone!)) {
    errors.push({
      line,
      column: second.cell.column,
      message: `The end's time zone (${second.time.zone}) is not the start's (${first.time.zone}); Chronicle keeps one time zone for an event's date.`,
    });
    return null;
  }
  const zone = first?.time.zone ?? defaultTimeZoneOf(options);
  if (zone === null) {
    const { cell, time } = timed[0]!;
    errors.push({ line, column: cell.column, message: timeWithoutZoneMessage(time, `write the zone after the time, like “${cell.text} Asia/Kuala_Lumpur”`) });
  }
  return zone;
}

/**
 * Reads the date columns with parseTypedDate, at exactly the precision they are written: a start (which may be a
 * range or "since 2023" by itself) and an optional separate end. A day with a time ("15 April 2025 10:30
 * Asia/Kuala_Lumpur") becomes a "minute" bound in the zone it names, else in `options.defaultTimeZone`. An
 * ambiguous cell is an error that quotes both readings; nothing is guessed.
 */
export function readDateCells(start: DateCell | null, end: DateCell | null, line: number, options: ImportOptions = {}): DateCellsRead {
  const errors: CellError[] = [];
  const warnings: string[] = [];
  const unknown: DateCellsRead = { values: eventDateToValues({ start: null, end: null, approximate: false }), zoneColumn: null, label: "", errors, warnings };
  const startCell = start && start.text !== "" ? start : null;
  const endCell = end && end.text !== "" ? end : null;
  if (!startCell && !endCell) return unknown;

  let date: EventDate = { start: null, end: null, approximate: false };
  const timed: { cell: DateCell; time: TypedTime }[] = [];
  let label = "";
  if (startCell) {
    const read = readTyped(startCell.text);
    if (!read.ok) {
      errors.push({ line, column: startCell.column, message: read.message });
      return unknown;
    }
    // parseTypedDate gives a time only with a single day, so the start becomes that minute.
    date = { ...read.date, start: read.date.start && atTimeOfDay(read.date.start, read.time) };
    if (read.time) timed.push({ cell: startCell, time: read.time });
    if (read.label !== formatEventDate(read.date)) label = read.label;
  }
  if (endCell) {
    if (date.end !== null) {
      const given = formatEventDate(date);
      errors.push({ line, column: endCell.column, message: `“${startCell!.column}” already gives the whole date (${given}); leave “${endCell.column}” empty, or put only the start in “${startCell!.column}”.` });
      return unknown;
    }
    const endRead = readEnd(endCell, line, errors);
    if (endRead === undefined) return unknown;
    date = { ...date, end: endRead.end, approximate: date.approximate || endRead.approximate };
    if (endRead.time) timed.push({ cell: endCell, time: endRead.time });
    label = "";
  }
  const zoneColumn = timed[0]?.cell.column ?? null;
  if (timed.length > 0) date.timeZone = zoneOfTimes(timed, line, errors, options);
  return { values: eventDateToValues(date), zoneColumn, label, errors, warnings };
}
