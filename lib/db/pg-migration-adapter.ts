import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { runMigrationFilesAsScripts } from "./migration-scripts";

// Prisma's wasm schema engine reads catalog columns of type "char" (OID 18) and "name" (OID 19),
// which @prisma/adapter-pg 6.19 refuses to deserialize (prisma/prisma#27403). They are plain text.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type WithPerformIO = { performIO: (query: unknown) => Promise<{ fields: Field[] }> };

function patchCatalogTypes<T extends object>(queryable: T): T {
  const target = queryable as unknown as WithPerformIO;
  const original = target.performIO.bind(queryable);
  target.performIO = async (query) => {
    const result = await original(query);
    result.fields = result.fields.map((field) =>
      CATALOG_TEXT_OIDS.has(field.dataTypeID) ? { ...field, dataTypeID: TEXT_OID } : field,
    );
    return result;
  };
  return queryable;
}

/** Discrete fields, not a connection string: a connectionString would override the shadow database name. */
export function poolConfigFromUrl(url: string): PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
  };
}

/**
 * A driver adapter factory for the Prisma CLI only; the application uses the stock PrismaPg. Its shadow database
 * (migrate dev, and migrate diff --from-migrations in the drift check) replays migrations as migrate deploy runs them.
 */
export function createPgMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(poolConfigFromUrl(url));
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = patchCatalogTypes(await factory.connect());
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (level) => patchCatalogTypes(await startTransaction(level));
      return adapter;
    },
    // The stock factory drops the shadow database while its own pool is still connected, which PostgreSQL refuses
    // ("being accessed by other users"): the pool ends first here, then the database is dropped.
    async connectToShadowDb() {
      const main = await factory.connect();
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = runMigrationFilesAsScripts(patchCatalogTypes(await new PrismaPg({ ...poolConfigFromUrl(url), database }).connect()));
      const endPool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await endPool();
        await main.executeScript(`DROP DATABASE "${database}"`);
        await main.dispose();
      };
      return shadow;
    },
  };
}
