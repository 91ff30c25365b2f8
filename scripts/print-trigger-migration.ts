/**
 * Prints the migration that recreates every trigger of a dialect from lib/db/triggers, exactly as a migration must
 * hold it (a unit test compares the newest migration that touches triggers with this text). After changing a trigger:
 *   npx tsx scripts/print-trigger-migration.ts sqlite   > prisma/sqlite/migrations/<timestamp>_<name>/migration.sql
 *   npx tsx scripts/print-trigger-migration.ts postgres > prisma/postgres/migrations/<timestamp>_<name>/migration.sql
 */
import { generatedTriggersMigrationSql } from "../lib/db/triggers";

const dialect = process.argv[2];
if (dialect !== "sqlite" && dialect !== "postgres") {
  console.error("Usage: npx tsx scripts/print-trigger-migration.ts <sqlite|postgres>");
  process.exit(1);
}
process.stdout.write(generatedTriggersMigrationSql(dialect));
