import { defineConfig } from "prisma/config";
import { resolveDatabaseConfig } from "./database-config";
import { createPgMigrationAdapter } from "./pg-migration-adapter";
import { RAW_SQL_TABLES } from "./raw-sql-tables";
import { createSqliteMigrationAdapter } from "./sqlite-migration-adapter";

/**
 * Prisma config for the drift check only (tests/integration/schema-drift.test.ts):
 *   npx prisma migrate diff --config lib/db/prisma-drift.config.ts --from-migrations prisma/<kind>/migrations \
 *     --to-schema-datamodel prisma/<kind> --exit-code
 * replays the migrations on a shadow database and compares what they build with prisma/models.prisma. It differs
 * from prisma.config.ts in two ways: the raw-SQL tables are external (Prisma leaves them out of the comparison, see
 * RAW_SQL_TABLES), and the shadow databases can replay a migration file. On SQLite the diff needs no database at all
 * (the shadow is in memory); on PostgreSQL it creates and drops a shadow database next to DATABASE_URL's.
 */
const database = resolveDatabaseConfig();
// PostgreSQL wants schema-qualified names; the migrations create everything in public.
const external = RAW_SQL_TABLES[database.provider].map((table) => (database.provider === "postgres" ? `public.${table}` : table));

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  engine: "js",
  schema: `../../prisma/${database.provider}`,
  migrations: { path: `../../prisma/${database.provider}/migrations` },
  tables: { external },
  async adapter() {
    return database.provider === "postgres" ? createPgMigrationAdapter(database.url) : createSqliteMigrationAdapter(":memory:");
  },
});
