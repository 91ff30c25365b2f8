/**
 * Prints the backfill of migration 20261125100000_event_pair_count_ends for a dialect: the end-edge and '_none'
 * rows. The migration is static SQL; this is how its repetitive part was written (20261124160000_event_pair_counts
 * was written the same way, from fillEventPairCountsSql). Its triggers now come from lib/db/triggers
 * (scripts/print-trigger-migration.ts).
 *   npx tsx scripts/print-event-pair-counts-sql.ts sqlite
 */
import { fillEventPairEdgeRowsSql } from "../lib/db/event-pair-counts-sql";

const dialect = process.argv[2] === "postgres" ? "postgres" : "sqlite";
console.log(fillEventPairEdgeRowsSql(dialect).map((statement) => `${statement};`).join("\n\n"));
