import Database from "better-sqlite3";
import { db } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/database-config";
import { deleteEventsInBulkPostgresSql, deleteEventsInBulkSqlite } from "@/lib/db/delete-events-in-bulk";

/**
 * Deletes the events `where` selects, with their derived rows taken away set-based, on either database: thousands of
 * events through the row triggers take minutes on PostgreSQL (its BEFORE DELETE triggers run per row).
 */
export async function deleteEventsInBulk(where: string): Promise<void> {
  const config = resolveDatabaseConfig();
  if (config.provider === "sqlite") {
    const sqlite = new Database(config.file, { timeout: 10_000 });
    sqlite.pragma("foreign_keys = ON");
    try {
      deleteEventsInBulkSqlite(sqlite, where);
    } finally {
      sqlite.close();
    }
    return;
  }
  await db.$transaction(async (tx) => {
    for (const statement of deleteEventsInBulkPostgresSql(where)) await tx.$executeRawUnsafe(statement);
  });
}
