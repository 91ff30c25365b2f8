import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/**
 * Prisma 6.19's wasm schema engine applies each migration file to a shadow database as one executeRaw, which both
 * drivers refuse when the file holds several statements; `migrate deploy` runs the same files through executeScript,
 * and so does the shadow database once this is applied.
 */
export function runMigrationFilesAsScripts<T extends SqlDriverAdapter>(shadow: T): T {
  const executeRaw = shadow.executeRaw.bind(shadow);
  shadow.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await shadow.executeScript(query.sql);
    return 0;
  };
  return shadow;
}
