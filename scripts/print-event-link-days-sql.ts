/**
 * Prints the backfill of migration 20261126100000_event_link_days for a dialect. The migration is static SQL; this is
 * how its repetitive part was written. Its triggers now come from lib/db/triggers (scripts/print-trigger-migration.ts).
 *   npx tsx scripts/print-event-link-days-sql.ts sqlite
 */
import { rebuildEventLinkDaysSql } from "../lib/db/event-link-days-sql";

const dialect = process.argv[2] === "postgres" ? "postgres" : "sqlite";
console.log(rebuildEventLinkDaysSql(dialect).slice(1).map((statement) => `${statement};`).join("\n\n"));
