import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { runMigrationFilesAsScripts } from "./migration-scripts";

/**
 * A better-sqlite3 driver adapter factory for the Prisma CLI whose shadow database (in memory) can replay the
 * migrations. Prisma 6.19's wasm schema engine applies each migration file to a shadow database as one executeRaw,
 * and better-sqlite3 prepares one statement at a time, so `migrate diff --from-migrations` failed on the first file
 * ("External error id#0"). `migrate deploy` runs the same files through executeScript, which is what the shadow
 * database does here too. The main connection is the stock one.
 */
export function createSqliteMigrationAdapter(file: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url: `file:${file}` });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb() {
      return runMigrationFilesAsScripts(await factory.connectToShadowDb());
    },
  };
}
