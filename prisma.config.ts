import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabaseConfig } from "./lib/db/database-config";
import { createPgMigrationAdapter } from "./lib/db/pg-migration-adapter";
import { RAW_SQL_TABLES } from "./lib/db/raw-sql-tables";

// Prisma 6.19 runs here without engine binaries: the wasm schema engine talks through a driver adapter.
const database = resolveDatabaseConfig();
const folder = path.join("prisma", database.provider);

// The raw-SQL tables (search index, count tables, event_actor_kinds) are the migrations' own: `migrate dev` must not
// propose to drop them (lib/db/raw-sql-tables.ts).
const external = RAW_SQL_TABLES[database.provider].map((table) => (database.provider === "postgres" ? `public.${table}` : table));

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  tables: { external },
  engine: "js",
  schema: folder,
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    if (database.provider === "postgres") return createPgMigrationAdapter(database.url);
    fs.mkdirSync(path.dirname(database.file), { recursive: true });
    return new PrismaBetterSQLite3({ url: `file:${database.file}` });
  },
});
