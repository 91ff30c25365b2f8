import { dialect, type Prisma } from "@/lib/db/client";
import { transactionConnection } from "@/lib/db/transaction-connection";

/**
 * Multi-row INSERTs for an import: a few thousand rows a statement, passed as one JSON parameter rather than a
 * placeholder per value. Prisma compiles every raw statement with its parameters, and thirty thousand placeholders
 * a statement made that compilation most of an import's writing time (BENCHMARKS.md, “Import”). SQLite reads the
 * rows with json_each; PostgreSQL with json_populate_recordset, which types each value by the table's own column.
 */
const ROWS_PER_STATEMENT = 5_000;

export type SqlValue = string | number | boolean | Date | null;

/** A value as the database stores it: dates as Prisma's adapters write them, booleans as 0/1 on SQLite. */
export function storedValue(value: SqlValue): string | number | boolean | null {
  if (value instanceof Date) return dialect === "sqlite" ? value.toISOString().replace("Z", "+00:00") : value.toISOString();
  if (typeof value === "boolean" && dialect === "sqlite") return value ? 1 : 0;
  return value;
}

/** INSERT … SELECT of the rows in `json`, without the RETURNING. */
export function insertSql(table: string, columns: readonly string[]): string {
  if (dialect === "postgres") return `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${columns.join(", ")} FROM json_populate_recordset(NULL::${table}, CAST($1 AS json))`;
  return `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${columns.map((_column, index) => `value ->> ${index}`).join(", ")} FROM json_each(?) WHERE true`;
}

/** One row of rowsJson: an object of the columns on PostgreSQL (json_populate_recordset), an array on SQLite. */
function rowJson(columns: readonly string[], row: SqlValue[]): string {
  if (dialect === "sqlite") return JSON.stringify(row.map(storedValue));
  const object: Record<string, unknown> = {};
  columns.forEach((column, index) => (object[column] = storedValue(row[index]!)));
  return JSON.stringify(object);
}

/** The rows as the one JSON parameter a statement of this file reads them from. */
export function rowsJson(columns: readonly string[], rows: SqlValue[][]): string {
  const json = new JsonRows(columns);
  for (const row of rows) json.add(row);
  return json.json();
}

/** The rows of one statement's JSON parameter (rowsJson's text), added a row at a time as they are prepared. */
export class JsonRows {
  private readonly parts: string[] = [];
  constructor(readonly columns: readonly string[]) {}

  add(row: SqlValue[]): void {
    this.parts.push(rowJson(this.columns, row));
  }

  get length(): number {
    return this.parts.length;
  }

  json(): string {
    return `[${this.parts.join(",")}]`;
  }
}

function chunksOf(rows: SqlValue[][]): SqlValue[][][] {
  const chunks: SqlValue[][][] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) chunks.push(rows.slice(at, at + ROWS_PER_STATEMENT));
  return chunks;
}

/**
 * The rows of rowsJson(columns, …) as the FROM item `x` of a statement whose one parameter they are, and each
 * column of them as an expression (typed by `table`'s own column on PostgreSQL).
 */
export function jsonRowsFrom(table: string, columns: readonly string[]): { from: string; column: (name: string) => string } {
  if (dialect === "postgres") return { from: `json_populate_recordset(NULL::${table}, CAST($1 AS json)) AS x`, column: (name) => `x.${name}` };
  return { from: "json_each(?) AS x", column: (name) => `(x.value ->> ${columns.indexOf(name)})` };
}

/** One statement with the rows' JSON: straight through the driver, past Prisma's compiler (see transactionConnection). */
export async function runWithRows<T>(tx: Prisma.TransactionClient, sql: string, json: string, returns: boolean): Promise<T[]> {
  const direct = await transactionConnection(tx);
  if (direct) return direct<T>(sql, [json]);
  if (returns) return tx.$queryRawUnsafe<T[]>(sql, json);
  await tx.$executeRawUnsafe(sql, json);
  return [];
}

export async function insertRows(tx: Prisma.TransactionClient, table: string, columns: readonly string[], rows: SqlValue[][]): Promise<void> {
  const sql = insertSql(table, columns);
  for (const chunk of chunksOf(rows)) await runWithRows(tx, sql, rowsJson(columns, chunk), false);
}
