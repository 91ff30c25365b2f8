export type HeaderResult = { ok: true; headers: string[] } | { ok: false; message: string };

/** A header as synonyms are matched: case, accents, spaces and punctuation aside ("Topic(s)" → "topics"). */
export function headerKey(header: string): string {
  return header.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A number or a date in the first row means the file starts with data: "2025-06-27", "1974", "27/6/2025". */
const LOOKS_LIKE_DATA = /^[\d\s\-/.:,]+$/;

/**
 * The column names from the first row, trimmed. Blank names at the end are dropped (spreadsheets save empty
 * trailing columns); a blank name between others, a name given twice, or a first row of data is refused.
 */
export function readHeaders(record: string[]): HeaderResult {
  const trimmed = record.map((cell) => cell.trim());
  let last = trimmed.length;
  while (last > 0 && trimmed[last - 1] === "") last--;
  const headers = trimmed.slice(0, last);
  if (headers.length === 0) {
    return { ok: false, message: "The first row is empty. Chronicle reads the column names from the first row: put them there, like Title,Date,Summary." };
  }
  const blank = headers.indexOf("");
  if (blank !== -1) return { ok: false, message: `Column ${blank + 1} has no name in the header row. Name it, or delete the column.` };
  const data = headers.find((header) => LOOKS_LIKE_DATA.test(header));
  if (data !== undefined) {
    return { ok: false, message: `The first row looks like data (“${data}”), not column names. Add a header row naming the columns, like Title,Date,Summary.` };
  }
  const seen = new Map<string, number>();
  for (const [index, header] of headers.entries()) {
    const key = header.toLowerCase().replace(/\s+/g, " ");
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return { ok: false, message: `The header row names “${header}” twice (columns ${earlier + 1} and ${index + 1}). Rename one, so that each column can be mapped.` };
    }
    seen.set(key, index);
  }
  return { ok: true, headers };
}

/** The separator of the header line: a comma unless semicolons or tabs (as some spreadsheets save) outnumber it. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, count: outsideQuotes.split(delimiter).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : ",";
}
