import { dialect, type Prisma } from "@/lib/db/client";

/**
 * Multi-row INSERTs for an import: one statement per chunk instead of one per row, which is most of an import's
 * time through the driver. Values travel as parameters; a chunk stays well under SQLite's 32,766 of them.
 */
const MAX_PARAMETERS = 30_000;

export type SqlValue = string | number | boolean | Date | null;

function placeholders(rows: SqlValue[][], params: SqlValue[]): string {
  return rows
    .map((row) => `(${row.map((value) => {
      params.push(dialect === "sqlite" && typeof value === "boolean" ? (value ? 1 : 0) : value);
      return dialect === "postgres" ? `$${params.length}` : "?";
    }).join(", ")})`)
    .join(", ");
}

function chunksOf(rows: SqlValue[][]): SqlValue[][][] {
  if (!rows.length) return [];
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / rows[0]!.length));
  const chunks: SqlValue[][][] = [];
  for (let at = 0; at < rows.length; at += size) chunks.push(rows.slice(at, at + size));
  return chunks;
}

export async function insertRows(tx: Prisma.TransactionClient, table: string, columns: readonly string[], rows: SqlValue[][]): Promise<void> {
  for (const chunk of chunksOf(rows)) {
    const params: SqlValue[] = [];
    const values = placeholders(chunk, params);
    await tx.$executeRawUnsafe(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values}`, ...params);
  }
}

/** Inserts and returns what `returning` names of each row written (in no promised order: match them by a unique column). */
export async function insertRowsReturning<T>(tx: Prisma.TransactionClient, table: string, columns: readonly string[], rows: SqlValue[][], returning: string, onChunk?: (first: number, last: number) => void): Promise<T[]> {
  const out: T[] = [];
  let first = 0;
  for (const chunk of chunksOf(rows)) {
    onChunk?.(first, first + chunk.length - 1);
    first += chunk.length;
    const params: SqlValue[] = [];
    const values = placeholders(chunk, params);
    out.push(...(await tx.$queryRawUnsafe<T[]>(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values} RETURNING ${returning}`, ...params)));
  }
  return out;
}
