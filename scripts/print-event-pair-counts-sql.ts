/**
 * Prints the generated part of migration 20261124160000_event_pair_counts for a dialect: the backfill and, for
 * SQLite, the triggers. The migration is static SQL; this is how its repetitive part was written.
 *   npx tsx scripts/print-event-pair-counts-sql.ts sqlite
 */
import { fillEventPairCountsSql } from "../lib/db/event-pair-counts-sql";
import { sqlitePairCountTriggersSql } from "../lib/db/event-pair-counts-triggers-sql";

const dialect = process.argv[2] === "postgres" ? "postgres" : "sqlite";
const parts = fillEventPairCountsSql(dialect).map((statement) => `${statement};`);
if (dialect === "sqlite") parts.push(sqlitePairCountTriggersSql());
console.log(parts.join("\n\n"));
