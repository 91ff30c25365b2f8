import path from "node:path";

export type DatabaseConfig =
  | { provider: "sqlite"; file: string }
  | { provider: "postgres"; url: string };

export const DEFAULT_SQLITE_FILE = ".data/chronicle.db";

/**
 * DATABASE_URL picks the provider: postgres:// or postgresql:// means PostgreSQL,
 * anything else (or nothing) is a SQLite file, "file:" prefix optional.
 */
export function resolveDatabaseConfig(
  url: string | undefined = process.env.DATABASE_URL,
  cwd: string = process.cwd(),
): DatabaseConfig {
  const value = url?.trim();
  if (value && /^postgres(ql)?:\/\//i.test(value)) {
    return { provider: "postgres", url: value };
  }
  const file = value ? value.replace(/^file:/, "") : DEFAULT_SQLITE_FILE;
  return { provider: "sqlite", file: path.resolve(cwd, file) };
}
