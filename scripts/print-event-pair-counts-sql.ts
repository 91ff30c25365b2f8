/**
 * Prints the generated part of migration 20261125100000_event_pair_count_ends for a dialect: the backfill of the
 * end-edge and '_none' rows and, for SQLite, the triggers. The migration is static SQL; this is how its repetitive
 * part was written (20261124160000_event_pair_counts was written the same way, from fillEventPairCountsSql).
 *   npx tsx scripts/print-event-pair-counts-sql.ts sqlite
 */
import { fillEventPairEdgeRowsSql } from "../lib/db/event-pair-counts-sql";
import { sqlitePairCountTriggersSql } from "../lib/db/event-pair-counts-triggers-sql";

const dialect = process.argv[2] === "postgres" ? "postgres" : "sqlite";
const parts = fillEventPairEdgeRowsSql(dialect).map((statement) => `${statement};`);
if (dialect === "sqlite") parts.push(sqlitePairCountTriggersSql());
console.log(parts.join("\n\n"));
