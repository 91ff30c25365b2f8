import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabaseConfig } from "@/lib/db/database-config";
import type { RawQuery } from "./event-counts-reference";

/** A raw query on another database of the same kind, outside the app's client. */
export async function openRawDatabase(url: string): Promise<{ query: RawQuery; close(): Promise<void> }> {
  const config = resolveDatabaseConfig(url);
  if (config.provider === "sqlite") {
    const file = new Database(config.file);
    const run: RawQuery = async (sql) => {
      const statement = file.prepare(sql);
      if (statement.reader) return statement.all() as Record<string, unknown>[];
      statement.run();
      return [];
    };
    return { query: run, close: async () => void file.close() };
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  return { query: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
}
