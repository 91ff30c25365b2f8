/**
 * Prints the generated part of migration 20261126100000_event_link_days for a dialect: the backfill and the
 * triggers (and PostgreSQL's functions). The migration is static SQL; this is how its repetitive part was written.
 *   npx tsx scripts/print-event-link-days-sql.ts sqlite
 */
import { postgresLinkDayTriggersSql, rebuildEventLinkDaysSql, sqliteLinkDayTriggersSql } from "../lib/db/event-link-days-sql";

const dialect = process.argv[2] === "postgres" ? "postgres" : "sqlite";
const fill = rebuildEventLinkDaysSql(dialect).slice(1).map((statement) => `${statement};`);
console.log([...fill, dialect === "sqlite" ? sqliteLinkDayTriggersSql() : postgresLinkDayTriggersSql()].join("\n\n"));
