import Database from "better-sqlite3";
import { db, dialect, Prisma } from "./client";
import { resolveDatabaseConfig } from "./database-config";

/**
 * Reads for lib/queries: `readSql<Row[]>\`SELECT …\`` or readSql(sql), the same rows db.$queryRaw gives.
 *
 * On SQLite they run on a connection of their own with its statements kept prepared. Prisma's adapter
 * prepares every statement afresh, reads every integer as a BigInt and maps each row through the query
 * engine, which cost more than the statement itself for most pages of a small table (BENCHMARKS.md,
 * “Figures: data access”). The database is switched to WAL when this connection opens, so it reads the
 * last committed state and never waits for a writer, whose open transaction it does not see.
 *
 * Values come back as Prisma's would for the declared column types (DATETIME as a Date, BOOLEAN as a
 * boolean); integers as numbers where Prisma gives computed ones as BigInts (callers use toNumber).
 * PostgreSQL goes through Prisma: its adapter's cost is small beside a round trip.
 */
export function readSql<T = unknown[]>(query: Prisma.Sql): Promise<T>;
export function readSql<T = unknown[]>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T>;
export async function readSql<T = unknown[]>(first: Prisma.Sql | TemplateStringsArray, ...values: unknown[]): Promise<T> {
  const query = Array.isArray(first) ? Prisma.sql(first as TemplateStringsArray, ...(values as Prisma.Sql[])) : (first as Prisma.Sql);
  if (dialect === "postgres") return db.$queryRaw<T>(query);
  return sqliteReader().all(query) as T;
}

/** Enough for every shape of statement the queries build (IN lists of different lengths are different texts). */
const STATEMENT_CACHE_SIZE = 500;

type Convert = (value: unknown) => unknown;

interface Prepared {
  statement: Database.Statement;
  converts: [string, Convert][];
}

const toDate: Convert = (value) => (value === null ? null : new Date(value as string | number));
const toBoolean: Convert = (value) => (value === null ? null : value !== 0);

/** Prisma's mapping of a declared column type (see @prisma/adapter-better-sqlite3's getColumnTypes). */
function converterFor(declared: string | null): Convert | null {
  const type = declared?.toUpperCase() ?? "";
  if (type === "DATETIME" || type === "DATE" || type === "TIMESTAMP") return toDate;
  if (type === "BOOLEAN") return toBoolean;
  return null;
}

/**
 * Whole numbers bound as integers, where Prisma's adapter binds every number as a double (text "5.0", as
 * PostgreSQL never would); booleans as 0/1 and dates as Prisma's ISO text, as it stores them.
 */
function bindable(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return value;
}

class SqliteReader {
  private readonly connection: Database.Database;
  private readonly statements = new Map<string, Prepared>();

  constructor(file: string) {
    this.connection = new Database(file, { timeout: 10_000 });
    const mode = this.connection.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal") throw new Error(`SQLite database ${file} could not switch to WAL (journal_mode is ${String(mode)}).`);
    this.connection.pragma("query_only = ON");
  }

  all(query: Prisma.Sql): unknown[] {
    const { statement, converts } = this.prepare(query.sql);
    const rows = statement.all(...query.values.map(bindable)) as Record<string, unknown>[];
    if (converts.length) for (const row of rows) for (const [name, convert] of converts) row[name] = convert(row[name]);
    return rows;
  }

  private prepare(sql: string): Prepared {
    const cached = this.statements.get(sql);
    if (cached) {
      // Most recently used last, so the oldest entry is the first to go.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const statement = this.connection.prepare(sql);
    if (!statement.reader) throw new Error("readSql runs reads only; write through db in lib/actions.");
    const converts = statement.columns().flatMap(({ name, type }): [string, Convert][] => {
      const convert = converterFor(type);
      return convert ? [[name, convert]] : [];
    });
    const prepared = { statement, converts };
    if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.delete(this.statements.keys().next().value!);
    this.statements.set(sql, prepared);
    return prepared;
  }
}

const globalForReader = globalThis as unknown as { chronicleReader?: SqliteReader };

function sqliteReader(): SqliteReader {
  if (globalForReader.chronicleReader) return globalForReader.chronicleReader;
  const config = resolveDatabaseConfig();
  if (config.provider !== "sqlite") throw new Error("sqliteReader on a PostgreSQL database");
  return (globalForReader.chronicleReader = new SqliteReader(config.file));
}
