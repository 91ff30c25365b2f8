import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

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

/** A driver adapter factory for the Prisma CLI only; the application uses the stock PrismaPg. */
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
    async connectToShadowDb() {
      return patchCatalogTypes(await factory.connectToShadowDb());
    },
  };
}
