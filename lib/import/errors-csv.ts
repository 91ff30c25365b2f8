import { stringify } from "csv-stringify/sync";
import { neutralizeFormula } from "@/lib/audit/audit-csv";
import type { CellError } from "./import-row";

export const ERRORS_CSV_HEADER = ["line", "column", "message"] as const;

/** RFC 4180, as the audit export writes it: CRLF records, and a cell holding either half of one quoted. */
const CSV_OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

/**
 * The errors as a CSV file for the editor to fix the source file by: line, column, message. Messages quote cells
 * from the file, so a cell a spreadsheet would run as a formula is opened as text.
 */
export function errorsToCsv(errors: CellError[]): string {
  const records = errors.map((error) => [String(error.line), error.column, error.message].map(neutralizeFormula));
  return stringify([[...ERRORS_CSV_HEADER], ...records], CSV_OPTIONS);
}
