/**
 * Empties the configured database and sets it up again with the starter data.
 * SQLite: the file is deleted. PostgreSQL: the public schema is dropped, so it asks for --yes.
 */
import fs from "node:fs";
import { execSync } from "node:child_process";
import pg from "pg";
import { resolveDatabaseConfig } from "../lib/db/database-config";

async function main() {
  const config = resolveDatabaseConfig();
  if (config.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(config.file + suffix, { force: true });
    console.log(`Deleted ${config.file}.`);
  } else {
    if (!process.argv.includes("--yes")) throw new Error("This drops every table of the PostgreSQL database. Run: npm run db:reset -- --yes");
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await client.end();
    console.log("Dropped the public schema.");
  }
  execSync("npm run db:setup", { stdio: "inherit" });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
